import Foundation

/// Arrays of plain values as packed little-endian bytes, the artifact's BLOB encoding.
///
/// Doubles travel as their IEEE-754 bit patterns, so −0.0, NaN payloads, subnormals and
/// infinities read back bit-identical (a SQLite REAL column would not keep −0.0 or NaN).
/// On a little-endian machine both directions are one `memcpy`.
enum PackedArray {
    /// The bytes of `values`, little-endian.
    static func bytes(_ values: [Double]) -> [UInt8] {
        #if _endian(little)
            return values.withUnsafeBytes { Array($0) }
        #else
            return bytes(values.map(\.bitPattern))
        #endif
    }

    /// The bytes of `values`, little-endian.
    static func bytes<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
        #if _endian(little)
            return values.withUnsafeBytes { Array($0) }
        #else
            return values.map(\.littleEndian).withUnsafeBytes { Array($0) }
        #endif
    }

    /// Decodes `count` doubles from `blob`; `nil` when the BLOB does not hold exactly that many.
    static func doubles(_ blob: UnsafeRawBufferPointer, count: Int) -> [Double]? {
        #if _endian(little)
            return copy(blob, count: count)
        #else
            return integers(blob, count: count, of: UInt64.self).map { $0.map(Double.init(bitPattern:)) }
        #endif
    }

    /// Decodes `count` integers from `blob`; `nil` when the BLOB does not hold exactly that many.
    static func integers<T: FixedWidthInteger & BitwiseCopyable>(
        _ blob: UnsafeRawBufferPointer, count: Int, of type: T.Type
    ) -> [T]? {
        #if _endian(little)
            return copy(blob, count: count)
        #else
            return copy(blob, count: count).map { (values: [T]) in values.map(T.init(littleEndian:)) }
        #endif
    }

    private static func copy<T: BitwiseCopyable>(_ blob: UnsafeRawBufferPointer, count: Int) -> [T]? {
        guard blob.count == count * MemoryLayout<T>.stride else { return nil }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let source = blob.baseAddress, count > 0 {
                memcpy(buffer.baseAddress!, source, blob.count)
            }
            initialized = count
        }
    }
}
