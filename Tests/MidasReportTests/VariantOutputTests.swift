import Foundation
import MidasBacktest
import MidasCore
import Testing

@testable import MidasReport

struct VariantOutputTests {
    static let entry = Timestamp(day: Day(iso: "2024-03-05")!, hour: 15, minute: 30)
    static let exit = Timestamp(day: Day(iso: "2024-03-07")!, hour: 15, minute: 30)
    static let expiry = Day(iso: "2024-03-07")!

    static func result() -> VariantResult {
        var byRegime = Dictionary(uniqueKeysWithValues: Regime.allCases.map { ($0, Metrics.RegimeActivity()) })
        byRegime[.range] = Metrics.RegimeActivity(bars: 2, trades: 1, pnl: 1234.5)
        let metrics = Metrics(
            totalReturn: 0.0012345, cagr: 0.1, annualVolatility: .nan, sharpe: .infinity, sortino: 2, maxDrawdown: -0.0,
            calmar: 3, trades: 1, winRate: 1, profitFactor: .nan, avgTradePnl: 1234.5, totalFees: 45.25,
            exposure: 0.5, finalEquity: 1_001_234.5, byRegime: byRegime)
        return VariantResult(
            variant: "ic__short_delta=0.16", strategy: "iron_condor", capital: 1_000_000,
            equity: [
                EquityRow(timestamp: entry, cash: 1_000_980, positionsValue: -1000, equity: 999_980, drawdown: -2e-05),
                EquityRow(
                    timestamp: exit, cash: 1_001_234.5, positionsValue: 0, equity: 1_001_234.5, drawdown: 0,
                    underlying: 22_104.35),
            ],
            fills: [
                FillRecord(
                    timestamp: entry, tradeID: 1, leg: 1, expiry: expiry, strike: 22_000, type: .put, side: .sell,
                    quantity: 50, price: 20.05, fees: 20.1, reason: .entry),
                FillRecord(
                    timestamp: exit, tradeID: 1, leg: 1, expiry: expiry, strike: 22_000, type: .put, side: .buy,
                    quantity: 50, price: 0, fees: 0, reason: .expiry),
            ],
            trades: [
                TradeRecord(
                    tradeID: 1, strategy: "iron_condor", entryTime: entry, exitTime: exit, legs: "-22000PE@2024-03-07",
                    entryCredit: 1002.5, exitDebit: 0, fees: 20.1, pnl: 982.4, exitReason: .expiry,
                    entryRegime: .range)
            ],
            decisions: [
                DecisionRecord(
                    timestamp: entry, regime: .range, chainTimestamp: entry, action: .enter,
                    detail: "-22000PE@2024-03-07 x1"),
                DecisionRecord(
                    timestamp: exit, regime: .highVol, chainTimestamp: nil, action: .settle,
                    detail: "trade 1: -22000PE@2024-03-07 at 0, \"expired\""),
            ],
            metrics: metrics)
    }

    @Test func writesEquity() {
        #expect(
            VariantOutput.equityCSV(Self.result()) == """
                timestamp,cash,positions_value,equity,drawdown,underlying
                2024-03-05T15:30:00+05:30,1000980,-1000,999980,-2e-05,
                2024-03-07T15:30:00+05:30,1001234.5,0,1001234.5,0,22104.35

                """)
    }

    @Test func writesFills() {
        #expect(
            VariantOutput.fillsCSV(Self.result()) == """
                timestamp,trade_id,leg,expiry,strike,option_type,side,quantity,price,fees,reason
                2024-03-05T15:30:00+05:30,1,1,2024-03-07,22000,PE,SELL,50,20.05,20.1,entry
                2024-03-07T15:30:00+05:30,1,1,2024-03-07,22000,PE,BUY,50,0,0,expiry

                """)
    }

    @Test func writesTrades() {
        #expect(
            VariantOutput.tradesCSV(Self.result()) == """
                trade_id,strategy,entry_time,exit_time,legs,entry_credit,exit_debit,fees,pnl,exit_reason,entry_regime
                1,iron_condor,2024-03-05T15:30:00+05:30,2024-03-07T15:30:00+05:30,-22000PE@2024-03-07,1002.5,0,20.1,982.4,expiry,range

                """)
    }

    @Test func writesDecisionsQuotingFieldsThatNeedIt() {
        #expect(
            VariantOutput.decisionsCSV(Self.result()) == """
                timestamp,regime,chain_timestamp,action,detail
                2024-03-05T15:30:00+05:30,range,2024-03-05T15:30:00+05:30,enter,-22000PE@2024-03-07 x1
                2024-03-07T15:30:00+05:30,high_vol,,settle,"trade 1: -22000PE@2024-03-07 at 0, ""expired\"\"\"

                """)
    }

    @Test func writesMetricsWithSortedKeysAndNulls() {
        #expect(
            VariantOutput.metricsJSON(Self.result()) == """
                {
                  "annual_volatility": null,
                  "avg_trade_pnl": 1234.5,
                  "by_regime": {
                    "high_vol": {
                      "bars": 0,
                      "pnl": 0,
                      "trades": 0
                    },
                    "range": {
                      "bars": 2,
                      "pnl": 1234.5,
                      "trades": 1
                    },
                    "trend_down": {
                      "bars": 0,
                      "pnl": 0,
                      "trades": 0
                    },
                    "trend_up": {
                      "bars": 0,
                      "pnl": 0,
                      "trades": 0
                    },
                    "warmup": {
                      "bars": 0,
                      "pnl": 0,
                      "trades": 0
                    }
                  },
                  "cagr": 0.1,
                  "calmar": 3,
                  "exposure": 0.5,
                  "final_equity": 1001234.5,
                  "max_drawdown": 0,
                  "profit_factor": null,
                  "sharpe": null,
                  "sortino": 2,
                  "total_fees": 45.25,
                  "total_return": 0.0012345,
                  "trades": 1,
                  "win_rate": 1
                }

                """)
    }

    @Test func writesSummaryAndManifest() {
        #expect(
            RunSummary.csv([Self.result()]) == """
                variant,strategy,total_return,cagr,annual_volatility,sharpe,sortino,max_drawdown,calmar,trades,win_rate,profit_factor,avg_trade_pnl,total_fees,exposure,final_equity
                ic__short_delta=0.16,iron_condor,0.0012345,0.1,,,2,0,3,1,1,,1234.5,45.25,0.5,1001234.5

                """)
        let manifest = RunManifest(
            pipeline: "pipelines/nifty-daily.yaml", source: "dynamic",
            variants: [RunManifest.Variant(id: "ic__short_delta=0.16", strategy: "iron_condor")],
            fields: ["symbol": "NIFTY"])
        #expect(
            manifest.json == """
                {
                  "pipeline": "pipelines/nifty-daily.yaml",
                  "source": "dynamic",
                  "symbol": "NIFTY",
                  "variants": [
                    {
                      "id": "ic__short_delta=0.16",
                      "strategy": "iron_condor"
                    }
                  ],
                  "versions": {
                    "artifact_schema": \(Versions.artifactSchema),
                    "context": \(Versions.context),
                    "midas": "\(Versions.midas)"
                  }
                }

                """)
    }

    @Test func writesARunFolderWithoutLeftovers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("midas-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = RunManifest(pipeline: "p.yaml", source: "dynamic", variants: [])
        try RunOutput.write([Self.result()], manifest: manifest, to: folder)
        let top = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(top == ["ic__short_delta=0.16", "manifest.json", "summary.csv"])
        let variant = folder.appendingPathComponent("ic__short_delta=0.16")
        let files = try FileManager.default.contentsOfDirectory(atPath: variant.path).sorted()
        #expect(files == VariantOutput.fileNames.sorted())
        let equity = try String(contentsOf: variant.appendingPathComponent("equity.csv"), encoding: .utf8)
        #expect(equity == VariantOutput.equityCSV(Self.result()))
    }
}
