import Foundation
import MidasCore

/// What a run output folder holds: its top-level files to compare and its variant folders.
struct RunFolder {
    /// Top-level files other than the skipped ones, e.g. `summary.csv`.
    var files: [String]
    /// The names of the variant folders.
    var variants: [String]

    /// Lists the run folder at `url`; hidden entries (temporary files) are ignored.
    ///
    /// - Throws: ``InputError`` when the folder or its `summary.csv` is missing.
    init(url: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(.missingFile, file: url.path, detail: "not a run output folder")
        }
        files = []
        variants = []
        for (name, isDirectory) in try Self.entries(of: url) {
            if isDirectory {
                variants.append(name)
            } else if !RunComparison.skippedFiles.contains(name) {
                files.append(name)
            }
        }
        guard files.contains("summary.csv") else {
            throw InputError(.missingFile, file: url.appendingPathComponent("summary.csv").path)
        }
    }

    /// The files of a variant folder; all of ``RunComparison/variantFiles`` must be there.
    static func variantFiles(in folder: URL) throws -> [String] {
        let files = try entries(of: folder).filter { !$0.isDirectory }.map(\.name)
        for required in RunComparison.variantFiles where !files.contains(required) {
            throw InputError(.missingFile, file: folder.appendingPathComponent(required).path)
        }
        return files
    }

    /// The known files first in the SPEC's order, then any others by name.
    static func ordered(_ names: Set<String>) -> [String] {
        let known = ["summary.csv"] + RunComparison.variantFiles
        return known.filter(names.contains) + names.subtracting(known).sorted()
    }

    /// The bytes of `url`.
    static func contents(of url: URL) throws -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw InputError(.badValue, file: url.path, detail: "cannot read: \(error.localizedDescription)")
        }
    }

    private static func entries(of folder: URL) throws -> [(name: String, isDirectory: Bool)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw InputError(.badValue, file: folder.path, detail: "cannot list: \(error.localizedDescription)")
        }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return (name, isDirectory.boolValue)
        }
    }
}
