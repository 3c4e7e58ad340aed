import Foundation
import MidasCore

/// The files of a raw day folder as one byte string (to fingerprint it like a single file) and back.
///
/// Each file, in name order, is written as its name, a NUL, its byte count, a NUL, then its bytes.
enum FolderBundle {
    /// The bundle of the regular, non-hidden files directly in `folder`.
    static func bytes(folder: String) throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        var bundle: [UInt8] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard RawFile.exists(atPath: path) else { continue }
            let content = try RawFile.bytes(atPath: path)
            bundle += Array(name.utf8) + [0] + Array(String(content.count).utf8) + [0] + content
        }
        return bundle
    }

    /// The (name, bytes) pairs of a bundle, in name order.
    static func files(_ bundle: [UInt8]) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        var index = 0
        while index < bundle.count {
            guard let nameEnd = bundle[index...].firstIndex(of: 0),
                let countEnd = bundle[(nameEnd + 1)...].firstIndex(of: 0),
                let count = Int(String(decoding: bundle[(nameEnd + 1)..<countEnd], as: UTF8.self))
            else { break }
            let start = countEnd + 1
            files.append(
                (String(decoding: bundle[index..<nameEnd], as: UTF8.self), Array(bundle[start..<start + count])))
            index = start + count
        }
        return files
    }
}
