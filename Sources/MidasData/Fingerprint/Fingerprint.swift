import Crypto
import Foundation

/// A content fingerprint: the SHA-256 of some bytes, as 64 lowercase hex digits.
///
/// Raw files, chain days and pipeline settings are identified by fingerprint, so that an
/// unchanged input is recognised whatever its name or modification time.
public struct Fingerprint: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 64 lowercase hexadecimal digits.
    public var hex: String

    /// Wraps an existing hex digest (as read back from a store).
    public init(hex: String) {
        self.hex = hex
    }

    /// The fingerprint of a byte buffer.
    public init(of bytes: some DataProtocol) {
        self.init(digest: SHA256.hash(data: bytes))
    }

    /// The fingerprint of a string's UTF-8 bytes.
    public init(ofText text: String) {
        self.init(of: Array(text.utf8))
    }

    init(digest: SHA256.Digest) {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        hex = String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }

    public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { lhs.hex < rhs.hex }
}
