import Foundation
import MidasCore

/// Reads a day folder of NSE option-chain page downloads (`chain/<YYYY-MM-DD>/`): one
/// `option-chain-ED-<SYMBOL>-<DD-Mon-YYYY>.csv` per expiry plus `snapshot.yaml`.
///
/// A download has two header rows (`CALLS,,PUTS`, then the columns), one row per strike with the
/// calls left of `STRIKE` and the puts right of it under the same names (`OI`, `VOLUME`, `IV`,
/// `LTP`, `BID`, `ASK`; `BID PRICE`, `ASK PRICE`, `STRIKE PRICE` in the older variant), numbers
/// with thousands separators in Western or Indian grouping, and `-` for an empty cell. The file
/// carries neither the time nor the underlying: `snapshot.yaml` gives them
/// (`timestamp: 2024-05-03T15:30:00+05:30`, `underlying: 22475.85`). NSE's IV is kept as
/// `referenceIV`; a side with no value at all is no quote. Checks as for every chain format.
enum NSEPageDownloadReader {
    /// The snapshot file's name in the day folder.
    static let snapshotFile = "snapshot.yaml"

    static func read(
        _ files: [(name: String, bytes: [UInt8])], folder: String, symbol: IndexSpec, day: Day?, lenient: Bool
    ) throws -> ChainRead {
        let snapshotPath = (folder as NSString).appendingPathComponent(snapshotFile)
        guard let snapshot = files.first(where: { $0.name == snapshotFile }) else {
            throw InputError(
                .missingFile, file: snapshotPath,
                detail: "a folder of NSE option-chain downloads needs snapshot.yaml with timestamp and underlying")
        }
        let (timestamp, underlying) = try snapshotValues(snapshot.bytes, file: snapshotPath)
        if let day, timestamp.istDay != day {
            throw InputError(
                .badDate, file: snapshotPath, field: "timestamp",
                detail: "\(timestamp) is not on the folder's day \(day)")
        }
        var quotes: [OptionQuote] = []
        var skips = RowSkips()
        let prefix = "option-chain-ED-\(symbol.symbol)-"
        for file in files where file.name != snapshotFile {
            let path = (folder as NSString).appendingPathComponent(file.name)
            guard file.name.hasPrefix(prefix), file.name.hasSuffix(".csv"),
                let expiry = CSVField.day(fromText: String(file.name.dropFirst(prefix.count).dropLast(4)))
            else {
                throw InputError(
                    .unknownFormat, file: path, detail: "expected \(prefix)<DD-Mon-YYYY>.csv (the expiry in the name)")
            }
            try readExpiry(
                file.bytes, file: path, expiry: expiry, timestamp: timestamp, underlying: underlying, symbol: symbol,
                lenient: lenient, into: &quotes, skips: &skips)
        }
        quotes.sort(by: ChainReader.precedes)
        if quotes.isEmpty { throw InputError(.emptyFile, file: folder, detail: "no quotes in the downloads") }
        return ChainRead(format: .nseOptionChainPage, quotes: quotes, skips: skips)
    }

    private static func snapshotValues(_ bytes: [UInt8], file: String) throws -> (Timestamp, Double) {
        let root = try PipelineYAML.parse(String(decoding: bytes, as: UTF8.self), file: file)
        guard case .map(let entries) = root else {
            throw InputError(.badValue, file: file, detail: "expected timestamp and underlying")
        }
        func scalar(_ key: String) throws -> String {
            guard case .scalar(let text)? = entries.first(where: { $0.key == key })?.value else {
                throw InputError(.missingColumn, file: file, field: key, detail: "snapshot.yaml needs \(key)")
            }
            return text
        }
        let stamp = try scalar("timestamp")
        var stampBytes = Array(stamp.utf8)
        let timestamp = stampBytes.withUnsafeMutableBufferPointer {
            CSVField(bytes: UnsafeBufferPointer($0)).timestamp()
        }
        guard let timestamp else {
            throw InputError(
                .badDate, file: file, field: "timestamp", detail: "'\(stamp)', expected ISO 8601 with an offset")
        }
        let underlyingText = try scalar("underlying")
        guard let underlying = Double(underlyingText), underlying > 0, underlying.isFinite else {
            throw InputError(.nonPositivePrice, file: file, field: "underlying", detail: "'\(underlyingText)'")
        }
        return (timestamp, underlying)
    }

    private static func readExpiry(
        _ bytes: [UInt8], file: String, expiry: Day, timestamp: Timestamp, underlying: Double, symbol: IndexSpec,
        lenient: Bool, into quotes: inout [OptionQuote], skips: inout RowSkips
    ) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = try CSVScanner(bytes: buffer, file: file)
            guard scanner.header.names.first?.uppercased() == "CALLS", scanner.next() else {
                throw InputError(.unknownFormat, file: file, line: 1, detail: "expected NSE's CALLS,,PUTS header rows")
            }
            scanner.renameColumns(CSVHeader(names: (0..<scanner.fieldCount).map { scanner.field($0).string }))
            let names = scanner.header.names.map { $0.uppercased() }
            guard let strikeIndex = names.firstIndex(where: { $0 == "STRIKE" || $0 == "STRIKE PRICE" }) else {
                throw InputError(.missingColumn, file: file, line: 2, field: "STRIKE", detail: "no strike column")
            }
            let strike = CSVColumn(name: names[strikeIndex], index: strikeIndex)
            let sides = [OptionType.call, .put].map { type -> Side in
                let range = type == .call ? 0..<strikeIndex : (strikeIndex + 1)..<names.count
                func column(_ wanted: [String]) -> CSVColumn {
                    let index = range.first { wanted.contains(names[$0]) }
                    return CSVColumn(name: "\(index.map { names[$0] } ?? wanted[0]) (\(type))", index: index)
                }
                return Side(
                    type: type, bid: column(["BID", "BID PRICE"]), ask: column(["ASK", "ASK PRICE"]),
                    last: column(["LTP"]), volume: column(["VOLUME"]), openInterest: column(["OI"]),
                    iv: column(["IV"]))
            }
            while scanner.next() {
                do {
                    let strikeValue = try scanner.price(strike, grouped: true)
                    if !symbol.isOnGrid(strikeValue) {
                        throw scanner.rowError(
                            .offGrid, strike,
                            "\(strikeValue) is not a multiple of \(symbol.strikeStep) (\(symbol.symbol))")
                    }
                    if expiry < timestamp.istDay {
                        throw scanner.rowError(.expiryBeforeQuote, nil, "expiry \(expiry) before \(timestamp)")
                    }
                    for side in sides {
                        let bid = try scanner.optionalPrice(side.bid, allowZero: true, grouped: true)
                        let ask = try scanner.optionalPrice(side.ask, allowZero: true, grouped: true)
                        let last = try scanner.optionalPrice(side.last, allowZero: true, grouped: true)
                        let volume = try scanner.optionalNumber(side.volume, grouped: true)
                        let openInterest = try scanner.optionalNumber(side.openInterest, grouped: true)
                        let iv = try scanner.optionalNumber(side.iv, grouped: true)
                        guard [bid, ask, last, volume, openInterest].contains(where: { !$0.isNaN }) else { continue }
                        if bid > 0, ask > 0, bid > ask {
                            throw scanner.rowError(.bidAboveAsk, side.bid, "bid \(bid) > ask \(ask)")
                        }
                        quotes.append(
                            OptionQuote(
                                timestamp: timestamp, expiry: expiry, strike: strikeValue, type: side.type, bid: bid,
                                ask: ask, last: last, volume: try scanner.count(side.volume, grouped: true),
                                openInterest: try scanner.count(side.openInterest, grouped: true),
                                underlying: underlying, referenceIV: iv > 0 ? iv / 100 : .nan))
                    }
                } catch let error as InputError where lenient {
                    skips.record(error)
                }
            }
        }
    }

    private struct Side {
        let type: OptionType
        let bid: CSVColumn
        let ask: CSVColumn
        let last: CSVColumn
        let volume: CSVColumn
        let openInterest: CSVColumn
        let iv: CSVColumn
    }
}
