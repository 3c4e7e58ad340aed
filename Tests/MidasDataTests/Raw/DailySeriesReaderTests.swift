import MidasCore
import Testing

@testable import MidasData

struct DailySeriesReaderTests {
    @Test func barsFromDatesAndTimestamps() throws {
        let text = """
            timestamp,open,high,low,close,volume
            2024-03-01,22000,22100.5,21950,22050.25,0
            2024-03-04T15:30:00+05:30,22050,22200,22000,22150,12
            """
        let read = try BarReader.read(Array(text.utf8), file: "bars_1d.csv")
        #expect(read.rows.count == 2)
        #expect(
            read.rows[0]
                == Bar(
                    timestamp: Timestamp(day: Day(year: 2024, month: 3, day: 1)!, hour: 15, minute: 30),
                    open: 22000, high: 22100.5, low: 21950, close: 22050.25, volume: 0))
        #expect(read.rows[1].volume == 12)
    }

    @Test func barsFromNSEIndexHistoryDownload() throws {
        let text = """
            Date ,Open ,High ,Low ,Close ,Shares Traded ,Turnover (₹ Cr)
            18-JAN-2023,18074.3,18183.75,18032.45,18165.35,255840928,20500.07
            19-JAN-2023,18119.8,18155.2,18063.75,18107.85,237833991,18413.13

            """
        let read = try BarReader.read(Array(text.utf8), file: "bars_1d.csv")
        #expect(read.rows.map(\.close) == [18165.35, 18107.85])
        #expect(read.rows[0].timestamp == Timestamp(day: Day(year: 2023, month: 1, day: 18)!, hour: 15, minute: 30))
        #expect(read.rows[0].volume == 255_840_928)
    }

    @Test func vixFIIAndUSDINR() throws {
        let vix = try VIXReader.read(Array("date,open,high,low,close\n2024-03-01,14,15,13.5,14.2\n".utf8), file: "v")
        #expect(
            vix.rows == [VIXDay(day: Day(year: 2024, month: 3, day: 1)!, open: 14, high: 15, low: 13.5, close: 14.2)])
        let fii = try FIIFlowReader.read(
            Array("date,fii_index_fut_net,fii_cash_net\n2024-03-01,-1234.5,\"2,051.25\"\n".utf8), file: "f")
        #expect(
            fii.rows == [
                FIIFlowDay(day: Day(year: 2024, month: 3, day: 1)!, indexFuturesNet: -1234.5, cashNet: 2051.25)
            ])
        let usd = try USDINRReader.read(Array("date,close\n2024-03-01,82.91\n2024-03-04,82.87".utf8), file: "u")
        #expect(usd.rows.map(\.close) == [82.91, 82.87])
    }

    @Test func lenientBarsCountSkips() throws {
        let text = """
            timestamp,open,high,low,close,volume
            2024-03-01,22000,22100,21950,22050,0
            2024-03-01,22000,22100,21950,22050,0
            2024-03-04,22000,21900,21950,22050,0
            2024-03-05,22000,22100,21950,-1,0
            2024-03-06,22000,22100,21950,22050,0
            2024-03-07,22000,22100
            """
        let read = try BarReader.read(Array(text.utf8), file: "b", lenient: true)
        #expect(read.rows.count == 2)
        #expect(read.skips.counts == [.duplicate: 1, .highBelowLow: 1, .nonPositivePrice: 1, .truncatedLine: 1])
        #expect(read.skips.summaryLines.count == 4)
    }
}
