import Foundation

/// A fresh folder under the system temp folder, removed when the value is released.
final class FileSystemTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("MidasCoreTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The names in `url` (or a sub-folder), hidden ones included, sorted.
    func names(in relative: String = "") throws -> [String] {
        let folder = relative.isEmpty ? url : url.appendingPathComponent(relative)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }
}
