Feature: DesiredAccess: the access mode of the view
  DesiredAccess is SHM_MAP_WRITE (read-write access, a read-write view, an object created with
  PAGE_READWRITE) or SHM_MAP_READ (read-only access, a read-only view, an object created with
  PAGE_READWRITE or "PAGE_READ"). The page also says "the RTSS environment always grants read and write
  access" (D-1), Create ignores Protect (D-3), and other values are not described (D-4).

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes

  @statement:OPEN-ACCESS-3 @statement:OPEN-ACCESS-4 @statement:OPEN-ACCESS-7 @required
  Rule: SHM_MAP_WRITE and SHM_MAP_READ both open an object created with PAGE_READWRITE

    Scenario Outline: Opening with <access>
      When driver B opens "Alpha" with <access>
      Then the call returns STATUS_SUCCESS
      And the call delivers a handle and a view

      Examples:
        | access        |
        | SHM_MAP_WRITE |
        | SHM_MAP_READ  |

  @statement:OPEN-ACCESS-7 @required
  Rule: A read-only view reads what the others write

    Scenario: The SHM_MAP_READ view sees the creator's write
      Given driver B has opened "Alpha" with SHM_MAP_READ
      When driver A writes "written by A" at offset 8 of its view of "Alpha"
      Then driver B reads "written by A" at offset 8 of its view of "Alpha"

  @statement:OPEN-ACCESS-1 @statement:OPEN-ACCESS-6 @required
  Rule: A write through a read-write view is seen through every other view of every caller

    Scenario: Four views in three callers see one write
      Given driver C is attached to the RTSS
      And driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver C has opened "Alpha" with SHM_MAP_READ
      And driver C has opened "Alpha" with SHM_MAP_WRITE
      When driver B writes "one write, four views" at offset 1000 of its view of "Alpha"
      Then the write succeeds
      And every view of "Alpha" reads "one write, four views" at offset 1000

  @statement:OPEN-ACCESS-9 @interpretation
  Rule: A write through a read-only view is an access violation and changes nothing (D-1.B)

    @reading:D-1.B
    Scenario: Writing through an SHM_MAP_READ view
      Given driver B has opened "Alpha" with SHM_MAP_READ
      And driver A writes "original" at offset 0 of its view of "Alpha"
      When driver B writes "tampered" at offset 0 of its view of "Alpha"
      Then the write faults with an access violation
      And driver A reads "original" at offset 0 of its view of "Alpha"

  @statement:OPEN-ACCESS-2 @interpretation
  Rule: The RTSS always grants read and write access: a write through an SHM_MAP_READ view works (D-1.A)

    @reading:D-1.A
    Scenario: Writing through an SHM_MAP_READ view
      Given driver B has opened "Alpha" with SHM_MAP_READ
      When driver B writes "granted" at offset 0 of its view of "Alpha"
      Then the write succeeds
      And driver A reads "granted" at offset 0 of its view of "Alpha"

  @statement:OPEN-ACCESS-3B @interpretation
  Rule: A DesiredAccess other than SHM_MAP_READ or SHM_MAP_WRITE is refused (D-4.A) or ignored (D-4.C)

    @reading:D-4.A
    Scenario Outline: DesiredAccess <access> is refused
      When driver B opens "Alpha" with <access>
      Then the call returns STATUS_INVALID_PARAMETER
      And the object "Alpha" has 1 open handle

      Examples:
        | access     |
        | 0          |
        | 3          |
        | 4          |
        | 0x80000002 |
        | 0xFFFFFFFF |

    @reading:D-4.C
    Scenario Outline: DesiredAccess <access> maps a read-write view
      Given driver B has opened "Alpha" with <access>
      When driver B writes "any access" at offset 0 of its view of "Alpha"
      Then the write succeeds

      Examples:
        | access     |
        | 0          |
        | 3          |
        | 4          |
        | 0xFFFFFFFF |

    @reading:D-4.B @reading:D-1.B
    Scenario Outline: DesiredAccess <access> maps by its SHM_MAP_WRITE bit, and read-only views fault
      Given driver B has opened "Alpha" with <access>
      When driver B writes "bit one" at offset 0 of its view of "Alpha"
      Then the write <outcome>

      Examples:
        | access | outcome                        |
        | 3      | succeeds                       |
        | 6      | succeeds                       |
        | 0      | faults with an access violation |
        | 4      | faults with an access violation |

  @statement:OPEN-ACCESS-5 @interpretation
  Rule: SHM_MAP_WRITE on an object created with PAGE_READONLY

    @reading:D-3.A
    Scenario: The protection is ignored, so SHM_MAP_WRITE opens a PAGE_READONLY object
      Given driver A has created the shared memory object "Beta" of 4096 bytes with PAGE_READONLY
      When driver B opens "Beta" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

    @reading:D-3.B
    Scenario: The protection is kept, so SHM_MAP_WRITE on a PAGE_READONLY object fails
      Given driver A has created the shared memory object "Beta" of 4096 bytes with PAGE_READONLY
      When driver B opens "Beta" with SHM_MAP_WRITE
      Then the call returns STATUS_UNSUCCESSFUL

  @statement:OPEN-ACCESS-8 @interpretation
  Rule: SHM_MAP_READ needs PAGE_READWRITE or "PAGE_READ" protection (D-2 under D-3.B)

    @reading:D-3.B @reading:D-2.A
    Scenario Outline: SHM_MAP_READ on an object created with <protection>, PAGE_READ meaning PAGE_READONLY
      Given driver A has created the shared memory object "Beta" of 4096 bytes with <protection>
      When driver B opens "Beta" with SHM_MAP_READ
      Then the call returns <status>

      Examples:
        | protection        | status              |
        | PAGE_READWRITE    | STATUS_SUCCESS      |
        | PAGE_READONLY     | STATUS_SUCCESS      |
        | PAGE_EXECUTE_READ | STATUS_UNSUCCESSFUL |

    @reading:D-3.B @reading:D-2.B
    Scenario Outline: SHM_MAP_READ on an object created with <protection>, PAGE_READ meaning any readable protection
      Given driver A has created the shared memory object "Beta" of 4096 bytes with <protection>
      When driver B opens "Beta" with SHM_MAP_READ
      Then the call returns <status>

      Examples:
        | protection        | status              |
        | PAGE_READONLY     | STATUS_SUCCESS      |
        | PAGE_EXECUTE_READ | STATUS_SUCCESS      |
        | PAGE_NOACCESS     | STATUS_UNSUCCESSFUL |

    @reading:D-3.A
    Scenario: The protection is ignored, so SHM_MAP_READ opens any object
      Given driver A has created the shared memory object "Beta" of 4096 bytes with PAGE_NOACCESS
      When driver B opens "Beta" with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS
