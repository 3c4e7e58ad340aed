import Foundation

/// Where the running code came from, recorded in artifacts for provenance only (never compared).
enum Provenance {
    /// `MIDAS_GIT_COMMIT` when set, else the commit of the git checkout holding the executable,
    /// else `unknown`.
    static let gitCommit: String = {
        if let commit = ProcessInfo.processInfo.environment["MIDAS_GIT_COMMIT"], !commit.isEmpty { return commit }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "HEAD"]
        process.currentDirectoryURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return process.terminationStatus == 0 && !text.isEmpty ? text : "unknown"
        } catch {
            return "unknown"
        }
    }()
}
