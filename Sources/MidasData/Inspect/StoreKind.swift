import Foundation
import MidasCore

/// The kinds of SQLite file Midas writes, told apart by their `PRAGMA application_id`.
public enum StoreKind: Sendable, Equatable {
    /// A prepared store (`midas prepare`).
    case prepared
    /// A precompute artifact (`midas precompute`).
    case artifact

    /// The kind of the file at `path`.
    ///
    /// - Throws: `InputError.missingFile` when there is no file, `unknownFormat` when it is not a
    ///   SQLite file Midas wrote.
    public static func detect(path: String) throws -> StoreKind {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(.missingFile, file: path, detail: "no such file or not readable")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw InputError(.unknownFormat, file: path, detail: "not a SQLite database")
        }
        // The application id is the big-endian 32-bit integer at offset 68 of the database header.
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        switch Int32(bitPattern: id) {
        case PreparedSchema.applicationID: return .prepared
        case ArtifactSchema.applicationID: return .artifact
        default: throw InputError(.unknownFormat, file: path, detail: "not a Midas prepared store or artifact")
        }
    }
}
