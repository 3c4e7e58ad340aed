import Testing

@testable import MidasCore

struct ChainScheduleTests {
    static let day = Day(iso: "2024-07-08")!
    static func at(_ hour: Int, _ minute: Int, dayOffset: Int = 0) -> Timestamp {
        Timestamp(day: day.adding(days: dayOffset), hour: hour, minute: minute)
    }

    static let schedule = ChainSchedule(
        timestamps: [at(9, 30), at(9, 45), at(15, 30), at(15, 30, dayOffset: 3)],
        maxAgeSeconds: 86_400)

    @Test func usesTheLatestSnapshotAtOrBeforeTheBar() {
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(9, 30)) == 0)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(9, 44)) == 0)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(9, 45)) == 1)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(15, 29)) == 1)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(15, 30)) == 2)
    }

    @Test func neverUsesAFutureSnapshot() {
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(9, 29)) == nil)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(9, 15)) == nil)
    }

    @Test func neverUsesASnapshotOlderThanTheMaximumAge() {
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(15, 30, dayOffset: 1)) == 2)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(15, 31, dayOffset: 1)) == nil)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(15, 30, dayOffset: 2)) == nil)
        #expect(Self.schedule.snapshotIndex(inForceAt: Self.at(15, 30, dayOffset: 3)) == 3)
    }

    @Test func emptyScheduleHasNothingInForce() {
        let empty = ChainSchedule(timestamps: [], maxAgeSeconds: 86_400)
        #expect(empty.snapshotIndex(inForceAt: Self.at(15, 30)) == nil)
    }
}
