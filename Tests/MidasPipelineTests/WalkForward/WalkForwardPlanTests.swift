import MidasCore
import MidasPipeline
import Testing

struct WalkForwardPlanTests {
    /// NSE trading days of March 2024: 19 days (holidays on the 8th, 25th and 29th; a special
    /// session on Saturday the 2nd).
    static let march = TradingCalendar.nse.tradingDays(from: day("2024-03-01"), to: day("2024-03-31"))

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func window(_ number: Int, _ train: (String, String), _ test: (String, String)) -> WalkForwardWindow {
        WalkForwardWindow(number: number, train: day(train.0)...day(train.1), test: day(test.0)...day(test.1))
    }

    @Test func testPartsTileTheWindowAndTheLastIsShorter() throws {
        #expect(Self.march.count == 19)
        let plan = try WalkForwardPlan(spec: WalkForwardSpec(train: 5, test: 3), tradingDays: Self.march)
        #expect(
            plan.windows == [
                Self.window(1, ("2024-03-01", "2024-03-06"), ("2024-03-07", "2024-03-12")),
                Self.window(2, ("2024-03-05", "2024-03-12"), ("2024-03-13", "2024-03-15")),
                Self.window(3, ("2024-03-11", "2024-03-15"), ("2024-03-18", "2024-03-20")),
                Self.window(4, ("2024-03-14", "2024-03-20"), ("2024-03-21", "2024-03-26")),
                Self.window(5, ("2024-03-19", "2024-03-26"), ("2024-03-27", "2024-03-28")),
            ])
    }

    @Test func aLongerStepLeavesDaysBetweenTestParts() throws {
        let plan = try WalkForwardPlan(spec: WalkForwardSpec(train: 5, test: 3, step: 4), tradingDays: Self.march)
        #expect(
            plan.windows == [
                Self.window(1, ("2024-03-01", "2024-03-06"), ("2024-03-07", "2024-03-12")),
                Self.window(2, ("2024-03-06", "2024-03-13"), ("2024-03-14", "2024-03-18")),
                Self.window(3, ("2024-03-13", "2024-03-19"), ("2024-03-20", "2024-03-22")),
                Self.window(4, ("2024-03-19", "2024-03-26"), ("2024-03-27", "2024-03-28")),
            ])
    }

    @Test func needsOneDayAfterTheTrainingPart() throws {
        let plan = try WalkForwardPlan(spec: WalkForwardSpec(train: 18, test: 63), tradingDays: Self.march)
        #expect(plan.windows == [Self.window(1, ("2024-03-01", "2024-03-27"), ("2024-03-28", "2024-03-28"))])
        let error = #expect(throws: InputError.self) {
            try WalkForwardPlan(spec: WalkForwardSpec(train: 19, test: 5), tradingDays: Self.march)
        }
        #expect(error?.file == "--walk-forward")
        #expect(error?.field == "train")
    }

    @Test func intradayBarsCountTradingDaysNotBars() {
        let times = [
            Timestamp(day: Self.day("2024-03-01"), hour: 9, minute: 15),
            Timestamp(day: Self.day("2024-03-01"), hour: 15, minute: 15),
            Timestamp(day: Self.day("2024-03-04"), hour: 9, minute: 15),
            Timestamp(day: Self.day("2024-03-04"), hour: 9, minute: 20),
            Timestamp(day: Self.day("2024-03-05"), hour: 9, minute: 15),
        ]
        let bars = times.map { Bar(timestamp: $0, open: 1, high: 1, low: 1, close: 1, volume: 0) }
        #expect(
            WalkForwardPlan.tradingDays(of: bars) == [
                Self.day("2024-03-01"), Self.day("2024-03-04"), Self.day("2024-03-05"),
            ])
    }
}
