import BackCoachCore
import Foundation

/// The libFuzzer target: each input goes through the line analyser, the matcher, the red-flag search over a
/// long line, and the intent-file parser with its size and alias limits. Build with `-sanitize=fuzzer`.
enum FuzzEntry {
    /// The built-in intents and their matcher, made once.
    static let matcher = IntentMatcher(intents: try! EmbeddedIntents.load())

    /// Runs one input through every parser; a crash or a sanitizer report is the failure.
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = matcher.analyzer.analyze(text)
        _ = matcher.match(text)
        _ = matcher.redFlag(inLongLine: text)
        var stream = RedFlagDetector.Stream(matcher: matcher)
        stream.feed(bytes)
        stream.finish()
        _ = try? IntentSet(files: [("fuzz.yaml", text)])
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzEntry.run(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// The entry point SwiftPM gives an executable target: hands over to libFuzzer's driver.
@_cdecl("BackCoachFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzTestOneInput)
}
