// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .executable(name: "lede-bench", targets: ["lede-bench"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeUI", targets: ["LedeUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(
            name: "LedeCore",
            dependencies: ["CLibXML2", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/Samples"), .copy("Resources/Gazetteers"), .copy("Resources/Models")]
        ),
        .target(name: "LedeUI", dependencies: ["LedeCore", "TOMLKit"]),
        .target(name: "LedeTerminal", dependencies: ["CNcursesw"]),
        .executableTarget(
            name: "lede",
            dependencies: ["LedeCore", "LedeUI", "LedeTerminal",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "lede-bench", dependencies: ["LedeCore", "LedeUI"]),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore"]),
        .testTarget(name: "LedeUITests", dependencies: ["LedeUI", "LedeCore"]),
        .testTarget(name: "LedeTerminalTests", dependencies: ["LedeTerminal"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LedeCore", "LedeUI", "LedeTerminal"]),
    ]
)
