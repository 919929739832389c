// swift-tools-version:5.9
// Tests of Saathi's generated Swift bindings against the host-built libsaathi_ffi.
// scripts/test-swift.sh sets SAATHI_LIB_DIR (an absolute path) and runs `swift test`, natively
// on macOS or in a Debian trixie chroot on Linux (docs: TOOLCHAIN.md).
// Sources/ holds links to bindings/generated/swift: the code under test is what is committed.
import Foundation
import PackageDescription

let libDir = ProcessInfo.processInfo.environment["SAATHI_LIB_DIR"] ?? "../../target/debug"

let package = Package(
    name: "SaathiCore",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [.library(name: "SaathiCore", targets: ["SaathiCore"])],
    targets: [
        // The C declarations of the library's FFI (generated header and module map).
        .systemLibrary(name: "SaathiCoreFFI", path: "Sources/SaathiCoreFFI"),
        .target(
            name: "SaathiCore",
            dependencies: ["SaathiCoreFFI"],
            path: "Sources/SaathiCore",
            linkerSettings: [
                .linkedLibrary("saathi_ffi"),
                .unsafeFlags(["-L", libDir, "-Xlinker", "-rpath", "-Xlinker", libDir]),
            ]
        ),
        .testTarget(name: "SaathiCoreTests", dependencies: ["SaathiCore"], path: "Tests/SaathiCoreTests"),
    ]
)
