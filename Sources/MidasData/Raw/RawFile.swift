import Foundation
import MidasCore

/// Reading a raw input file's bytes.
public enum RawFile {
    /// The whole content of the file at `path`.
    ///
    /// - Throws: `InputError.missingFile` when there is no such file (or it cannot be read).
    public static func bytes(atPath path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.missingFile, file: path, detail: "no such file or not readable")
        }
        return [UInt8](data)
    }

    /// Whether a file exists at `path`.
    public static func exists(atPath path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
