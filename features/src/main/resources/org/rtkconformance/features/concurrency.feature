@concurrency
Feature: Concurrency: the reference count while callers race (Remarks)
  The Remarks count references across callers: RtkCloseHandle decrements "the reference count to the
  shared memory object", the system closes a terminated process's handles, and "the shared memory object
  is destroyed when its last handle has been closed". RTSS callers act at the same time, and the count
  must hold then too. A race shows a fault only in some runs, so each scenario states its trial count:
  every trial runs its race afresh on an object of its own ("Alpha.1", "Alpha.2", ...), with each racing
  caller a caller of its own (its own process on a native backend) and all of them released together.
  After each trial the documented calls judge what the race left: whether the name opens, what the
  memory holds, whether a write is seen. The scenario's log reports the trials run and the outcomes seen.

  Background:
    Given driver A is attached to the RTSS

  @statement:OPEN-REM-2 @statement:CLOSE-1 @required
  Rule: Opens and closes racing across callers keep the reference count exact

    One direction races at a time: a lost increment then brings the count to zero while driver A holds the
    object, and a lost decrement keeps it alive after driver A's release; neither can cancel the other.

    Scenario: Four callers open "Alpha" 6 times each and release it, racing, while driver A holds it, 26 trials
      Given 4 racing callers are attached to the RTSS
      When 26 trials run: driver A creates "Alpha" of 4096 bytes and writes its mark; the racing callers each open "Alpha" 6 times with SHM_MAP_WRITE and read the mark, then release their handles, the opens racing in odd trials and the releases in even ones; then driver A releases "Alpha"
      Then in every trial every racing open returned STATUS_SUCCESS with driver A's mark in its view
      And in every trial every racing unmap and close returned STATUS_SUCCESS
      And in every trial "Alpha" still opened with driver A's mark after the race
      And in every trial "Alpha" no longer opened once driver A had released it

  @statement:OPEN-REM-4 @required
  Rule: An open racing the last close either fails or gets the live object, never a destroyed one

    Scenario: Driver A's last close races driver B's open of "Alpha", 40 trials
      Given driver B is attached to the RTSS
      And driver C is attached to the RTSS
      When 40 trials run: driver A creates "Alpha" of 4096 bytes, writes its mark and unmaps its view; then driver A closes its handle while driver B opens "Alpha" with SHM_MAP_WRITE
      Then in every trial driver A's close returned STATUS_SUCCESS
      And in every trial driver B's open either failed as an open of a name nobody has, or gave the live object: driver B read driver A's mark, and driver C opened "Alpha" and driver B saw driver C's write
      And in every trial "Alpha" no longer opened once its last handle was closed

  @statement:OPEN-REM-3 @required
  Rule: A terminated caller's handles are closed exactly once, even while another caller closes its own

    Scenario: Driver T is terminated while driver C releases its handles to "Alpha", 20 trials
      Given driver C is attached to the RTSS
      When 20 trials run: driver A creates "Alpha" of 4096 bytes and writes its mark; a new driver T attaches, and drivers T and C each open "Alpha" twice with SHM_MAP_WRITE; then driver T is terminated while driver C releases both its handles
      Then in every trial every racing unmap and close returned STATUS_SUCCESS
      And in every trial "Alpha" still opened with driver A's mark after the race
      And in every trial "Alpha" no longer opened once driver A had released it
