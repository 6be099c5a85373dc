Feature: Floors: what every reading of an ambiguity shares
  Where the page is silent or contradicts itself (D-1 to D-24), a backend declares the reading it follows,
  and a scenario that pins one reading is required only of backends that declare it. Declaring less must not
  mean being checked less: what all the listed readings of an ambiguity share is its floor, and a floor is
  required of every backend, whatever it declares (docs/INTERPRETATIONS.md, "Floors"). Each judgement below
  accepts the outcome of any listed reading and nothing else. A failed call hands out nothing: each
  out-parameter is left untouched or set to NULL (D-11.A, D-11.D).

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes
    And driver A writes "I am Alpha" at offset 0 of its view of "Alpha"

  @statement:FLOOR-D1 @floor:D-1 @required
  Rule: A write through an SHM_MAP_READ view faults and changes nothing, or it is a write every view sees

    Scenario: Writing through an SHM_MAP_READ view is never a private copy
      Given driver B has opened "Alpha" with SHM_MAP_READ
      When driver B writes "I am Beta!" at offset 0 of its view of "Alpha"
      Then driver A reads "I am Alpha" at offset 0 of its view of "Alpha" if the write faulted, and "I am Beta!" if it succeeded
      And driver B reads "I am Alpha" at offset 0 of its view of "Alpha" if the write faulted, and "I am Beta!" if it succeeded

  @statement:FLOOR-D4 @floor:D-4 @required
  Rule: Any DesiredAccess is refused and hands out nothing, or opens the object named

    Scenario Outline: DesiredAccess <access>
      When driver B opens "Alpha" with <access>
      Then the call fails and hands out nothing, or it delivers a handle and a view that reads "I am Alpha"

      Examples:
        | access     |
        | 0          |
        | 3          |
        | 4          |
        | 0x80000002 |
        | 0xFFFFFFFF |

  @statement:FLOOR-D5 @floor:D-5 @required
  Rule: InheritHandle FALSE and TRUE both open the object

    Scenario Outline: InheritHandle <value>
      When driver B opens "Alpha" with SHM_MAP_READ and InheritHandle <value>
      Then the call fails and hands out nothing, or it delivers a handle and a view that reads "I am Alpha"
      When driver B opens "Alpha" with SHM_MAP_WRITE and InheritHandle <value>
      Then the call returns STATUS_SUCCESS

      Examples:
        | value |
        | FALSE |
        | TRUE  |

  @statement:FLOOR-D6 @floor:D-6 @required
  Rule: Open of a name nobody has fails, hands out nothing and creates nothing

    Scenario: A name nobody has
      When driver B opens "Nobody" with SHM_MAP_WRITE
      Then the call fails and hands out nothing
      When driver B opens "Nobody" with SHM_MAP_READ
      Then the call fails and hands out nothing
      When driver A creates the shared memory object "Nobody" of 4096 bytes
      Then the call returns STATUS_SUCCESS
      And driver A reads 16 zero bytes at offset 0 of its view of "Nobody"

  @statement:FLOOR-D7 @floor:D-7 @required
  Rule: A name held by an event, mutex or semaphore never opens as shared memory

    Scenario Outline: A name held by a <kind>
      Given driver A has created a <kind> named "Gamma"
      When driver B opens "Gamma" with SHM_MAP_WRITE
      Then the call fails and hands out nothing

      Examples:
        | kind      |
        | event     |
        | mutex     |
        | semaphore |

  @statement:FLOOR-D9 @floor:D-9 @required
  Rule: A malformed UNICODE_STRING is refused, or names the object its Length describes, never another

    Scenario Outline: <case>
      Given driver A has created the shared memory object "AlphaOmega" of 4096 bytes
      And driver A writes "I am AlphaOmega" at offset 0 of its view of "AlphaOmega"
      When driver B opens with SHM_MAP_WRITE a Name of Length <Length> and MaximumLength <MaximumLength> over the buffer "<buffer>"
      Then the call fails and hands out nothing, or it delivers a handle and a view that reads "<described>"

      Examples:
        | case                                       | Length | MaximumLength | buffer     | described       |
        | an odd Length covering five whole units     | 11     | 20            | AlphaOmega | I am Alpha      |
        | an odd MaximumLength                        | 10     | 11            | AlphaOmega | I am Alpha      |
        | Length above MaximumLength                  | 20     | 10            | AlphaOmega | I am AlphaOmega |
        | Length of five units over a longer buffer   | 10     | 20            | AlphaOmega | I am Alpha      |

    Scenario: A NULL Buffer with a Length names nothing
      When driver B opens with SHM_MAP_WRITE a Name of Length 10 and MaximumLength 12 and a NULL Buffer
      Then the call fails and hands out nothing
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

  @statement:FLOOR-D10 @floor:D-10 @required
  Rule: A NULL Name never opens an object, and the caller goes on

    Scenario: A NULL Name
      When driver B opens with SHM_MAP_WRITE and a NULL Name
      Then the call fails and hands out nothing
      When driver B opens "Alpha" with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS

  @statement:FLOOR-D11 @floor:D-11 @required
  Rule: A NULL location is refused and hands out nothing, or opens a real handle; the caller goes on

    Scenario Outline: A NULL location with <access>
      When driver B opens "Alpha" with <access> and a NULL location
      Then the call fails and hands out nothing, or it delivers a handle that closes
      When driver B opens "Alpha" with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS

      Examples:
        | access        |
        | SHM_MAP_READ  |
        | SHM_MAP_WRITE |

    Scenario: A NULL location on a name nobody has never succeeds
      When driver B opens "Nobody" with SHM_MAP_WRITE and a NULL location
      Then the call fails and hands out nothing

  @statement:FLOOR-D12 @floor:D-12 @required
  Rule: A name with a backslash never opens or creates a shared memory object of that name

    Scenario Outline: A backslash <where>
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call fails and hands out nothing
      When driver B creates the shared memory object <name> of 4096 bytes
      Then the call fails and hands out nothing
      When driver B opens <name> with SHM_MAP_READ
      Then the call fails and hands out nothing

      Examples:
        | where         | name            |
        | first         | "{U+005C}Alpha" |
        | inside        | "Al{U+005C}pha" |
        | last          | "Alpha{U+005C}" |
        | alone         | "{U+005C}"      |
        | doubled       | "{U+005C}{U+005C}Alpha" |

    Scenario Outline: A namespace prefix reaches at most the object after it
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call fails and hands out nothing, or it delivers a handle and a view that reads "I am Alpha"

      Examples:
        | name                  |
        | "Global{U+005C}Alpha" |
        | "Local{U+005C}Alpha"  |

  @statement:FLOOR-D19 @floor:D-19 @required
  Rule: Closing NULL or a handle already closed never succeeds and closes nothing else

    Scenario: NULL and a stale handle
      Given driver B has opened "Alpha" with SHM_MAP_READ
      And driver A has opened "Alpha" with SHM_MAP_WRITE
      When driver A closes the NULL handle
      Then the call fails
      When driver A closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver A closes the same handle again
      Then the call fails
      And driver B reads "I am Alpha" at offset 0 of its view of "Alpha"
