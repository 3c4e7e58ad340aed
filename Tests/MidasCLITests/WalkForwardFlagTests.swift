import Foundation
import Testing

/// `midas run --walk-forward … --select …`: bad flags are refused (exit 2) before anything is read.
struct WalkForwardFlagTests {
    static let base = ["run", "--artifact", "missing.sqlite", "--pipeline", "missing.yaml", "--out", "unused"]

    @Test(arguments: [
        (["--walk-forward", "train=10,test=5,step=2", "--select", "sharpe"], "--walk-forward: field 'step'"),
        (["--walk-forward", "train=10,tests=5", "--select", "sharpe"], "expected train=N,test=M[,step=K]"),
        (["--walk-forward", "train=10,test=5", "--select", "alpha"], "--select: bad value: 'alpha' is not a metric"),
        (["--walk-forward", "train=10,test=5"], "--walk-forward needs --select METRIC"),
        (["--select", "sharpe"], "--select needs --walk-forward SPEC"),
    ])
    func refusesBadFlagsWithExitTwo(flags: [String], message: String) throws {
        let result = try CLI.run(Self.base + flags)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
