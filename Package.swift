// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "BackCoach",
    products: [
        .executable(name: "backcoach", targets: ["backcoach"]),
        .executable(name: "backcoach-benchmark", targets: ["BackCoachBenchmark"]),
        .library(name: "BackCoachCore", targets: ["BackCoachCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(
            name: "BackCoachCore",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Tagged", package: "swift-tagged")]
        ),
        .executableTarget(
            name: "IntentCompiler",
            dependencies: ["BackCoachCore"]
        ),
        .plugin(
            name: "EmbedIntents",
            capability: .buildTool(),
            dependencies: ["IntentCompiler"]
        ),
        .executableTarget(
            name: "backcoach",
            dependencies: [
                "BackCoachCore",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedIntents"]
        ),
        .executableTarget(
            name: "BackCoachBenchmark",
            dependencies: ["BackCoachCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["EmbedIntents"]
        ),
        .executableTarget(
            name: "BackCoachFuzz",
            dependencies: ["BackCoachCore"],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])],
            plugins: ["EmbedIntents"]
        ),
        .testTarget(
            name: "BackCoachCoreTests",
            dependencies: ["BackCoachCore"],
            plugins: ["EmbedIntents"]
        ),
        .testTarget(
            name: "BackCoachEndToEndTests",
            dependencies: ["backcoach"]
        ),
    ]
)
