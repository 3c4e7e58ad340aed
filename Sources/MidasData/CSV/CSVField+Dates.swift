import MidasCore

extension CSVField {
    /// Parses an ISO date `YYYY-MM-DD`; `nil` otherwise.
    public func isoDay() -> Day? {
        let (lower, upper) = trimmedBounds
        guard upper - lower == 10 else { return nil }
        return isoDay(at: lower)
    }

    /// Parses an instant: ISO 8601 with an offset (`2024-03-01T15:30:00+05:30`, `…Z`, `+0530`,
    /// seconds and fractions optional, `T` or a space between date and time), or a plain date
    /// `YYYY-MM-DD`, which means that day's 15:30 IST close. `nil` otherwise, and for a time
    /// without an offset (its zone would be a guess).
    public func timestamp() -> Timestamp? {
        let (lower, upper) = trimmedBounds
        guard upper - lower >= 10, let day = isoDay(at: lower) else { return nil }
        if upper - lower == 10 { return Timestamp(day: day, hour: 15, minute: 30) }
        var i = lower + 10
        guard bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: "t") || bytes[i] == CSVByte.space,
            i + 6 <= upper, let hour = twoDigits(at: i + 1), bytes[i + 3] == CSVByte.colon,
            let minute = twoDigits(at: i + 4), hour < 24, minute < 60
        else { return nil }
        i += 6
        var second = 0
        if i < upper, bytes[i] == CSVByte.colon {
            guard i + 3 <= upper, let s = twoDigits(at: i + 1), s < 60 else { return nil }
            second = s
            i += 3
            if i < upper, bytes[i] == CSVByte.dot {
                i += 1
                let fractionStart = i
                while i < upper, CSVByte.digit(bytes[i]) <= 9 { i += 1 }
                guard i > fractionStart else { return nil }
            }
        }
        guard i < upper else { return nil }
        var offset = 0
        let sign = bytes[i]
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            i += 1
        } else if sign == CSVByte.plus || sign == CSVByte.minus {
            guard i + 3 <= upper, let offsetHours = twoDigits(at: i + 1) else { return nil }
            i += 3
            if i < upper, bytes[i] == CSVByte.colon { i += 1 }
            guard i + 2 <= upper, let offsetMinutes = twoDigits(at: i), offsetHours < 24, offsetMinutes < 60
            else { return nil }
            i += 2
            offset = (offsetHours * 3600 + offsetMinutes * 60) * (sign == CSVByte.minus ? -1 : 1)
        } else {
            return nil
        }
        guard i == upper else { return nil }
        let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Timestamp(seconds: local - Int64(offset))
    }

    /// Parses NSE's `DD-MMM-YYYY` (`30-Jan-2020`, `01-JAN-2020`; a one-digit day too); `nil` otherwise.
    public func dayMonthNameYear() -> Day? {
        let (lower, upper) = trimmedBounds
        let length = upper - lower
        guard length == 10 || length == 11 else { return nil }
        let dayDigits = length - 9
        var dayOfMonth = 0
        for i in lower..<(lower + dayDigits) {
            let d = CSVByte.digit(bytes[i])
            guard d <= 9 else { return nil }
            dayOfMonth = dayOfMonth * 10 + Int(d)
        }
        let m = lower + dayDigits
        guard bytes[m] == CSVByte.minus, bytes[m + 4] == CSVByte.minus,
            let month = CSVField.month(bytes[m + 1], bytes[m + 2], bytes[m + 3]),
            let year = fourDigits(at: m + 5)
        else { return nil }
        return Day(year: year, month: month, day: dayOfMonth)
    }

    /// Parses the US-style `M/D/YYYY` of NSE's VIX history download (`1/4/2016`, `12/31/2019`);
    /// `nil` otherwise.
    public func monthDayYear() -> Day? {
        let (lower, upper) = trimmedBounds
        var parts = [0, 0, 0]
        var digits = [0, 0, 0]
        var part = 0
        for i in lower..<upper {
            let byte = bytes[i]
            if byte == UInt8(ascii: "/") {
                part += 1
                guard part < 3 else { return nil }
                continue
            }
            let d = CSVByte.digit(byte)
            guard d <= 9 else { return nil }
            parts[part] = parts[part] * 10 + Int(d)
            digits[part] += 1
        }
        guard part == 2, (1...2).contains(digits[0]), (1...2).contains(digits[1]), digits[2] == 4 else { return nil }
        return Day(year: parts[2], month: parts[0], day: parts[1])
    }

    private func isoDay(at i: Int) -> Day? {
        guard bytes[i + 4] == CSVByte.minus, bytes[i + 7] == CSVByte.minus, let year = fourDigits(at: i),
            let month = twoDigits(at: i + 5), let day = twoDigits(at: i + 8)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    @inline(__always)
    private func twoDigits(at i: Int) -> Int? {
        let a = CSVByte.digit(bytes[i])
        let b = CSVByte.digit(bytes[i + 1])
        guard a <= 9, b <= 9 else { return nil }
        return Int(a) * 10 + Int(b)
    }

    @inline(__always)
    private func fourDigits(at i: Int) -> Int? {
        guard let high = twoDigits(at: i), let low = twoDigits(at: i + 2) else { return nil }
        return high * 100 + low
    }

    private static func month(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int? {
        let key = UInt32(CSVByte.lowercase(a)) << 16 | UInt32(CSVByte.lowercase(b)) << 8 | UInt32(CSVByte.lowercase(c))
        guard let index = monthKeys.firstIndex(of: key) else { return nil }
        return index + 1
    }

    /// `jan` … `dec` packed as three ASCII bytes.
    private static let monthKeys: [UInt32] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .map { name in name.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
}
