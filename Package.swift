// swift-tools-version:6.0
import PackageDescription

// The targets follow the flow of data, one way: LedeCore (ingest, article, analysis) -> LedeLibrary (the SQLite
// index) -> LedeUI (state, update, render) -> LedeScreen (cells and input events) <- LedeTerminal (ncurses).
// The executables put them together. See README.md, "Architecture".
let package = Package(
    name: "Lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .executable(name: "lede-bench", targets: ["lede-bench"]),
        .executable(name: "lede-train", targets: ["lede-train"]),
        .executable(name: "lede-fuzz", targets: ["lede-fuzz"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeLibrary", targets: ["LedeLibrary"]),
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
            dependencies: ["CLibXML2"],
            resources: [.copy("Resources/Samples"), .copy("Resources/Gazetteers"), .copy("Resources/Models"),
                        .copy("Resources/Compiled")]
        ),
        .target(name: "LedeLibrary", dependencies: ["LedeCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "LedeScreen"),
        .target(name: "LedeUI", dependencies: ["LedeCore", "LedeLibrary", "LedeScreen", "TOMLKit"]),
        .target(name: "LedeTerminal", dependencies: ["LedeScreen", "CNcursesw"]),
        .executableTarget(
            name: "lede",
            dependencies: ["LedeCore", "LedeLibrary", "LedeUI", "LedeScreen", "LedeTerminal",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "lede-bench", dependencies: ["LedeCore", "LedeLibrary", "LedeUI", "LedeScreen"]),
        .executableTarget(
            name: "lede-train",
            dependencies: ["LedeCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Ingestion and analysis under libFuzzer or a deterministic mutation loop (.tools/fuzz).
        .executableTarget(name: "lede-fuzz", dependencies: ["LedeCore"]),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore"]),
        .testTarget(name: "LedeLibraryTests",
                    dependencies: ["LedeLibrary", "LedeCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "LedeUITests", dependencies: ["LedeUI", "LedeScreen", "LedeLibrary", "LedeCore",
                                                      .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "LedeTerminalTests", dependencies: ["LedeTerminal", "LedeScreen"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LedeCore", "LedeLibrary", "LedeUI", "LedeTerminal",
                                                        .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
