import Foundation

/// Runs the built `midas` binary, as a user would, and captures what it printed.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder holding the built products (the test bundle's sibling `midas`).
    static var productsDirectory: URL {
        let bundle = Bundle.main.bundleURL
        var dir = bundle
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("midas")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return bundle.deletingLastPathComponent()
    }

    /// Runs `midas` with arguments in an optional working directory.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("midas")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
