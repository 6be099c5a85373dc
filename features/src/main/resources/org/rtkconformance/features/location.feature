Feature: location: where the address of the view is delivered
  location points to where the virtual address of the shared memory is stored. The view covers the
  whole object (D-21); a NULL location is not described (D-11); and the user-mode page says separate
  opens may return different addresses (D-18).

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 10000 bytes

  @statement:OPEN-LOC-1 @required
  Rule: On success *location receives the address of a view of the object

    Scenario: The address delivered is a working view
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call delivers a handle and a view
      When driver B writes "through the delivered address" at offset 0 of its view of "Alpha"
      Then driver A reads "through the delivered address" at offset 0 of its view of "Alpha"

  @statement:OPEN-LOC-2 @required
  Rule: The view covers the whole object

    Scenario Outline: The byte at offset <offset> is shared
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B writes "Z" at offset <offset> of its view of "Alpha"
      Then the write succeeds
      And driver A reads "Z" at offset <offset> of its view of "Alpha"

      Examples:
        | offset | where                        |
        | 0      | the first byte               |
        | 4095   | the last byte of page one    |
        | 4096   | the first byte of page two   |
        | 9999   | the last byte of the object  |

  @statement:OPEN-LOC-2 @interpretation
  Rule: Past the object's size, the view ends at the size (D-21.A) or at the end of its last page (D-21.B)

    @reading:D-21.A
    Scenario: The byte after the last is not mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      Then reading at offset 10000 through driver B's view of "Alpha" finds nothing mapped

    @reading:D-21.B
    Scenario: The rest of the last page is mapped and zero
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      Then driver B reads 2288 zero bytes at offset 10000 of its view of "Alpha"
      And reading at offset 12288 through driver B's view of "Alpha" finds nothing mapped

    @reading:D-21.A
    Scenario: A read or a write that runs past the object's end finds nothing mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B writes "ZZ" at offset 9999 of its view of "Alpha"
      Then the write finds nothing mapped
      And reading 2 bytes at offset 9999 through driver B's view of "Alpha" finds nothing mapped

    @reading:D-21.B
    Scenario: A read or a write that runs past the last page finds nothing mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B writes "ZZ" at offset 12287 of its view of "Alpha"
      Then the write finds nothing mapped
      And reading 2 bytes at offset 12287 through driver B's view of "Alpha" finds nothing mapped

  @statement:OPEN-LOC-3 @interpretation
  Rule: A NULL location is refused (D-11.A) or opens a handle without a view (D-11.B)

    @reading:D-11.A
    Scenario: A NULL location is refused and opens no handle
      When driver B opens "Alpha" with SHM_MAP_WRITE and a NULL location
      Then the call returns STATUS_INVALID_PARAMETER
      And the object "Alpha" has 1 open handle

    @reading:D-11.B
    Scenario: A NULL location opens a handle and maps nothing
      When driver B opens "Alpha" with SHM_MAP_WRITE and a NULL location
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 2 open handles

  @statement:RT-OPEN-LOC-1
  Rule: A caller that opens one object twice holds two working views

    @required
    Scenario: A write through the second view is read through the first
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver B writes "first view" at offset 0 of its view of "Alpha"
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS
      And driver B reads "first view" at offset 0 of its view of "Alpha"

    @reading:D-18.A @interpretation
    Scenario: Every open maps a fresh view at a new address
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver B has opened "Alpha" with SHM_MAP_WRITE
      Then driver B's views of "Alpha" are at 2 distinct addresses

    @reading:D-18.B @interpretation
    Scenario: A re-open returns the caller's existing view
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver B has opened "Alpha" with SHM_MAP_WRITE
      Then driver B's views of "Alpha" are at 1 distinct address
