import Foundation
import PackagePlugin

/// Compiles the package's `Intents/` folder into the target as Swift source (`EmbeddedIntents`), so the built binary
/// carries its default intents and vocabularies wherever it is copied and starts without parsing them.
@main
struct EmbedIntents: BuildToolPlugin {
    /// Declares one build command that compiles every file under `Intents/` into `EmbeddedIntents.swift`.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let intentsFolder = context.package.directoryURL.appending(path: "Intents")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIntents.swift")
        let inputs = Self.files(under: intentsFolder)
        return [
            .buildCommand(
                displayName: "Compiling \(inputs.count) intent files",
                executable: try context.tool(named: "IntentCompiler").url,
                arguments: [intentsFolder.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// Every regular file below `folder`, sorted, so the generated source is stable.
    private static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
