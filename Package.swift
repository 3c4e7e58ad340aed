// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Midas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "midas", targets: ["midas"]),
        .library(name: "MidasCore", targets: ["MidasCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLiteKit", dependencies: ["CSQLite"]),
        .target(
            name: "MidasCore",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "MidasData",
            dependencies: [
                "MidasCore", "SQLiteKit",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "MidasBacktest", dependencies: ["MidasCore"]),
        .target(name: "MidasReport", dependencies: ["MidasCore", "MidasBacktest"]),
        .target(
            name: "MidasPipeline",
            dependencies: ["MidasCore", "MidasData", "MidasBacktest", "MidasReport"]
        ),
        .executableTarget(
            name: "midas",
            dependencies: [
                "MidasCore", "MidasData", "MidasBacktest", "MidasReport", "MidasPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SQLiteKitTests", dependencies: ["SQLiteKit"]),
        .testTarget(name: "MidasCoreTests", dependencies: ["MidasCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MidasDataTests", dependencies: ["MidasData", "SQLiteKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MidasBacktestTests", dependencies: ["MidasBacktest", "MidasCore"]),
        .testTarget(name: "MidasReportTests", dependencies: ["MidasReport", "MidasBacktest"]),
        .testTarget(
            name: "MidasPipelineTests",
            dependencies: ["MidasPipeline", "MidasData", "MidasBacktest", "MidasReport", "SQLiteKit"]
        ),
        .testTarget(name: "MidasCLITests", dependencies: ["midas"]),
    ],
    swiftLanguageModes: [.v6]
)
