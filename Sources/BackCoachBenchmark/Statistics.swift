import Foundation

/// Order statistics and number formatting for the benchmark's figures.
enum Statistics {
    /// The value at `fraction` (0.5: the median, 0.99: p99) of `samples`; 0 when there are none.
    static func quantile(_ samples: [Double], _ fraction: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    /// The median of `samples`.
    static func median(_ samples: [Double]) -> Double { quantile(samples, 0.5) }

    /// A number with thousands separators and `decimals` decimals: 12,345.6.
    static func format(_ value: Double, decimals: Int = 0) -> String {
        let fixed = String(format: "%.\(decimals)f", value)
        let parts = fixed.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        let sign = whole.hasPrefix("-") ? String(whole.removeFirst()) : ""
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Seconds as milliseconds: "41.7 ms".
    static func milliseconds(_ seconds: Double) -> String { format(seconds * 1e3, decimals: seconds < 0.1 ? 1 : 0) + " ms" }

    /// Seconds as microseconds: "214.0 µs".
    static func microseconds(_ seconds: Double) -> String { format(seconds * 1e6, decimals: seconds < 1e-3 ? 1 : 0) + " µs" }

    /// Bytes as megabytes: "12.3 MB", or "—" when unknown.
    static func megabytes(_ bytes: Int?) -> String { bytes.map { format(Double($0) / 1_048_576, decimals: 1) + " MB" } ?? "—" }

    /// A rate: "4,512 lines/s".
    static func rate(_ count: Int, seconds: Double, unit: String) -> String {
        format(Double(count) / max(seconds, 1e-9)) + " \(unit)/s"
    }
}
