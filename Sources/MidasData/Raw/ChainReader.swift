import MidasCore

/// Reads one trading day's chain file in any accepted layout (``ChainFormat``).
///
/// Every quote is checked: parsable fields, CE/PE, a strike on the symbol's grid, an expiry not
/// before the quote's day, bid ≤ ask when both are quoted, a time on the file's day, and no
/// (timestamp, expiry, type, strike) twice. Rows may come in any order (vendors group them by
/// snapshot or by expiry); the quotes are returned sorted. Legal but unusable quotes (zero bid,
/// one side missing, no trade) are kept.
public enum ChainReader {
    /// Parses a chain file's bytes.
    ///
    /// - Parameters:
    ///   - file: names the file in errors.
    ///   - symbol: the index whose options are kept (bhavcopies hold every symbol) and whose grid strikes must lie on.
    ///   - day: the trading day the file is for (from its name), checked against its timestamps.
    ///   - lenient: skip bad rows instead of throwing.
    public static func read(
        _ bytes: [UInt8], file: String, symbol: IndexSpec, day: Day?, lenient: Bool = false
    ) throws -> ChainRead {
        if NSEOptionChainReader.isJSON(bytes) {
            return try NSEOptionChainReader.read(bytes, file: file, symbol: symbol, day: day, lenient: lenient)
        }
        return try bytes.withUnsafeBufferPointer { buffer in
            let scanner = try CSVScanner(bytes: buffer, file: file)
            guard let format = ChainFormat.detect(scanner.header) else {
                throw InputError(
                    .unknownFormat, file: file, line: 1,
                    detail: "expected a chain header (timestamp,expiry,strike,option_type,…) or an NSE bhavcopy")
            }
            let context = Context(symbol: symbol, day: day, lenient: lenient)
            switch format {
            case .canonical:
                return try context.read(scanner, CanonicalChainParser(scanner: scanner, symbol: symbol), format)
            case .legacyBhavcopy:
                return try context.read(scanner, LegacyBhavcopyParser(scanner: scanner, symbol: symbol), format)
            case .udiffBhavcopy:
                return try context.read(scanner, UDiFFBhavcopyParser(scanner: scanner, symbol: symbol), format)
            case .endOfDay:
                return try context.read(scanner, EndOfDayChainParser(scanner: scanner, symbol: symbol), format)
            case .nseOptionChainAPI, .nseOptionChainPage:
                throw InputError(.unknownFormat, file: file, line: 1, detail: "\(format.rawValue) data is not this CSV")
            }
        }
    }

    private struct Context {
        let symbol: IndexSpec
        let day: Day?
        let lenient: Bool

        func read<Parser: ChainRowParser>(
            _ start: CSVScanner, _ parser: Parser, _ format: ChainFormat
        ) throws -> ChainRead {
            var scanner = start
            var quotes: [OptionQuote] = []
            var lines: [Int] = []
            var skips = RowSkips()
            var sawRow = false
            while scanner.next() {
                sawRow = true
                do {
                    try scanner.checkComplete()
                    guard let quote = try parser.quote(in: scanner) else { continue }
                    try check(quote, scanner, parser)
                    quotes.append(quote)
                    lines.append(scanner.line)
                } catch let error as InputError where lenient {
                    skips.record(error)
                }
            }
            if quotes.isEmpty {
                let detail =
                    !sawRow
                    ? "no data rows" : !skips.isEmpty ? "every row was skipped" : "no \(symbol.symbol) index options"
                throw InputError(.emptyFile, file: scanner.file, detail: detail)
            }
            let sorted = try sortAndDeduplicate(quotes, lines, file: scanner.file, parser, &skips)
            return ChainRead(format: format, quotes: sorted, skips: skips)
        }

        private func check<Parser: ChainRowParser>(
            _ quote: OptionQuote, _ scanner: CSVScanner, _ parser: Parser
        ) throws {
            let quoteDay = quote.timestamp.istDay
            if let day, quoteDay != day {
                throw scanner.rowError(
                    .badDate, parser.timeColumn, "\(quote.timestamp) is not on the file's day \(day)")
            }
            if !symbol.isOnGrid(quote.strike) {
                throw scanner.rowError(
                    .offGrid, parser.strikeColumn,
                    "\(quote.strike) is not a multiple of \(symbol.strikeStep) (\(symbol.symbol))")
            }
            if quote.expiry < quoteDay {
                throw scanner.rowError(
                    .expiryBeforeQuote, parser.expiryColumn, "expiry \(quote.expiry) before \(quote.timestamp)")
            }
            if quote.bid > 0, quote.ask > 0, quote.bid > quote.ask {
                throw scanner.rowError(
                    .bidAboveAsk, CSVColumn(name: "bid", index: nil), "bid \(quote.bid) > ask \(quote.ask)")
            }
        }

        /// Sorts by (timestamp, expiry, type, strike) and rejects a key seen twice (naming the later line).
        private func sortAndDeduplicate<Parser: ChainRowParser>(
            _ quotes: [OptionQuote], _ lines: [Int], file: String, _ parser: Parser, _ skips: inout RowSkips
        ) throws -> [OptionQuote] {
            var order = Array(quotes.indices)
            let isSorted = zip(order.dropFirst(), order).allSatisfy { !ChainReader.precedes(quotes[$0], quotes[$1]) }
            if !isSorted {
                order.sort {
                    ChainReader.precedes(quotes[$0], quotes[$1])
                        || (!ChainReader.precedes(quotes[$1], quotes[$0]) && $0 < $1)
                }
            }
            var duplicates: [(kept: Int, dropped: Int)] = []
            for k in order.indices.dropFirst() where ChainReader.sameKey(quotes[order[k - 1]], quotes[order[k]]) {
                duplicates.append((order[k - 1], order[k]))
            }
            guard !duplicates.isEmpty else { return isSorted ? quotes : order.map { quotes[$0] } }
            var dropped = Set<Int>()
            for (kept, drop) in duplicates.sorted(by: { lines[$0.dropped] < lines[$1.dropped] }) {
                let quote = quotes[drop]
                let error = InputError(
                    .duplicate, file: file, line: lines[drop], field: parser.strikeColumn.name,
                    detail:
                        "\(quote.expiry) \(quote.strike) \(quote.type) at \(quote.timestamp) also on line \(lines[kept])"
                )
                guard lenient else { throw error }
                skips.record(error)
                dropped.insert(drop)
            }
            return order.filter { !dropped.contains($0) }.map { quotes[$0] }
        }
    }

    /// The store's quote order: timestamp, expiry, option type (calls first), strike.
    static func precedes(_ a: OptionQuote, _ b: OptionQuote) -> Bool {
        if a.timestamp != b.timestamp { return a.timestamp < b.timestamp }
        if a.expiry != b.expiry { return a.expiry < b.expiry }
        if a.type != b.type { return a.type.rawValue < b.type.rawValue }
        return a.strike < b.strike
    }

    static func sameKey(_ a: OptionQuote, _ b: OptionQuote) -> Bool {
        a.timestamp == b.timestamp && a.expiry == b.expiry && a.type == b.type && a.strike == b.strike
    }
}
