import Foundation

extension CSVField {
    /// Parses a decimal number: optional sign, digits, fraction and exponent (`-1.5e3`).
    ///
    /// With `grouped`, thousands separators (`"1,234.50"`, Indian `"3,14,730"`) are skipped and
    /// a lone `-` is a missing value, as NSE's option-chain downloads write them. Exact: a
    /// short decimal is converted with one correctly rounded operation, a long one by `strtod`.
    public func number(grouped: Bool = false) -> ParsedNumber {
        let (lower, upper) = trimmedBounds
        guard lower < upper else { return .missing }
        var i = lower
        var negative = false
        let first = bytes[i]
        if first == CSVByte.minus || first == CSVByte.plus {
            negative = first == CSVByte.minus
            i += 1
            if i == upper { return grouped && negative ? .missing : .invalid }
        }
        if CSVByte.digit(bytes[i]) > 9 && bytes[i] != CSVByte.dot { return nonNumeric(from: i, to: upper) }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var sawDigit = false
        var exact = true
        while i < upper {
            let byte = bytes[i]
            let d = CSVByte.digit(byte)
            if d <= 9 {
                sawDigit = true
                if significant < 19 {
                    if mantissa != 0 || d != 0 {
                        mantissa = mantissa &* 10 &+ UInt64(d)
                        significant += 1
                    }
                } else {
                    exponent += 1
                    if d != 0 { exact = false }
                }
                i += 1
            } else if grouped && byte == CSVByte.comma && sawDigit {
                i += 1
            } else {
                break
            }
        }
        if i < upper, bytes[i] == CSVByte.dot {
            i += 1
            while i < upper {
                let d = CSVByte.digit(bytes[i])
                guard d <= 9 else { break }
                sawDigit = true
                if significant < 19 {
                    if mantissa != 0 || d != 0 {
                        mantissa = mantissa &* 10 &+ UInt64(d)
                        significant += 1
                    }
                    exponent -= 1
                } else if d != 0 {
                    exact = false
                }
                i += 1
            }
        }
        guard sawDigit else { return .invalid }
        if i < upper, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var exponentNegative = false
            if i < upper, bytes[i] == CSVByte.minus || bytes[i] == CSVByte.plus {
                exponentNegative = bytes[i] == CSVByte.minus
                i += 1
            }
            var written = 0
            var sawExponentDigit = false
            while i < upper, CSVByte.digit(bytes[i]) <= 9 {
                if written < 100_000 { written = written * 10 + Int(CSVByte.digit(bytes[i])) }
                sawExponentDigit = true
                i += 1
            }
            guard sawExponentDigit else { return .invalid }
            exponent += exponentNegative ? -written : written
        }
        guard i == upper else { return .invalid }
        if mantissa == 0 { return .value(negative ? -0.0 : 0) }
        if exact, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            let m = Double(mantissa)
            let value = exponent < 0 ? m / CSVField.powersOfTen[-exponent] : m * CSVField.powersOfTen[exponent]
            return .value(negative ? -value : value)
        }
        return slowNumber(lower: lower, upper: upper)
    }

    /// Parses an integer with optional sign (thousands separators with `grouped`); `nil` otherwise.
    public func integer(grouped: Bool = false) -> Int? {
        let (lower, upper) = trimmedBounds
        guard lower < upper else { return nil }
        var i = lower
        var negative = false
        if bytes[i] == CSVByte.minus || bytes[i] == CSVByte.plus {
            negative = bytes[i] == CSVByte.minus
            i += 1
        }
        var value = 0
        var sawDigit = false
        while i < upper {
            let d = CSVByte.digit(bytes[i])
            if d <= 9 {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(d))
                guard !overflow1, !overflow2 else { return nil }
                value = sum
                sawDigit = true
            } else if !(grouped && bytes[i] == CSVByte.comma && sawDigit) {
                return nil
            }
            i += 1
        }
        guard sawDigit else { return nil }
        return negative ? -value : value
    }

    private func nonNumeric(from lower: Int, to upper: Int) -> ParsedNumber {
        let word = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        let text = String(decoding: word, as: UTF8.self).lowercased()
        return ["nan", "inf", "infinity"].contains(text) ? .notFinite : .invalid
    }

    /// The general case (more than 19 digits, a large exponent): `strtod` on a copy without separators.
    private func slowNumber(lower: Int, upper: Int) -> ParsedNumber {
        var text = [CChar]()
        text.reserveCapacity(upper - lower + 1)
        for i in lower..<upper where bytes[i] != CSVByte.comma { text.append(CChar(bitPattern: bytes[i])) }
        text.append(0)
        let value = text.withUnsafeBufferPointer { strtod($0.baseAddress!, nil) }
        return value.isFinite ? .value(value) : .notFinite
    }

    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
