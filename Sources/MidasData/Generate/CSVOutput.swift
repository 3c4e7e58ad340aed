/// A byte buffer that CSV rows are appended to, with compact number formatting.
///
/// Numbers are written without a trailing fractional zero (`21.05`, `21.5`, `21`), so files
/// stay small and print the same on every platform. No `String` is built per field.
struct CSVOutput {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// Data rows written (the header excluded).
    private(set) var rows = 0

    init(header: String, capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
        bytes.append(contentsOf: header.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Appends raw ASCII text.
    mutating func text(_ value: some Sequence<UInt8>) {
        bytes.append(contentsOf: value)
    }

    /// Appends a comma.
    mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    /// Ends a data row.
    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        rows += 1
    }

    /// Appends an integer.
    mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let first = bytes.count
        repeat {
            bytes.append(UInt8(magnitude % 10) + 48)
            magnitude /= 10
        } while magnitude > 0
        bytes[first...].reverse()
    }

    /// Appends a fixed-point number given in units of 10^-`decimals`, trailing zeros dropped.
    mutating func fixed(units: Int64, decimals: Int) {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = Int64(units.magnitude)
        integer(magnitude / scale)
        var fraction = magnitude % scale
        guard fraction != 0 else { return }
        var width = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        bytes.append(UInt8(ascii: "."))
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(fraction / divisor % 10) + 48)
            divisor /= 10
        }
    }

    /// Appends `value` rounded to `decimals` places, trailing zeros dropped.
    mutating func decimal(_ value: Double, decimals: Int) {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        fixed(units: Int64((value * scale).rounded()), decimals: decimals)
    }
}
