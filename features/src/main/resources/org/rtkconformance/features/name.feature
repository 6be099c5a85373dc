Feature: Name: which object is opened
  Name is a counted UTF-16 string (UNICODE_STRING) naming the shared memory object. The name is limited
  to 260 characters, may contain any character except the backslash, and is compared case-sensitively.
  Names in this feature are written in the kit's notation: "text", N × "text" for repeats, {U+XXXX}
  for any code point, parts joined by +.

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS

  @statement:OPEN-NAME-5 @statement:OPEN-PURPOSE-2 @required
  Rule: The object opened is the one whose name equals Name

    Scenario: Of two objects, the one named is opened
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      And driver A has created the shared memory object "Beta" of 4096 bytes
      And driver A writes "I am Alpha" at offset 0 of its view of "Alpha"
      And driver A writes "I am Beta" at offset 0 of its view of "Beta"
      When driver B opens "Beta" with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS
      And driver B reads "I am Beta" at offset 0 of its view of "Beta"

  @statement:OPEN-PURPOSE-2 @statement:CREATE-NAME-2 @required
  Rule: Only named objects can be opened: an unnamed object is out of Open's reach

    Scenario Outline: Open with <what> does not reach the unnamed object
      Given driver A has created an unnamed shared memory object of 4096 bytes
      When driver B <attempt>
      Then the call fails
      And the session holds 1 unnamed shared memory object

      Examples:
        | what                  | attempt                                                                                   |
        | an empty name         | opens with SHM_MAP_WRITE a Name of Length 0 and MaximumLength 2 over the buffer "{U+0000}" |
        | a NULL Buffer         | opens with SHM_MAP_WRITE a Name of Length 0 and MaximumLength 0 and a NULL Buffer          |
        | a NULL Name           | opens with SHM_MAP_WRITE and a NULL Name                                                  |

  @statement:OPEN-NAME-1 @required
  Rule: The name is the Length bytes of the buffer, with or without a terminating NUL

    Scenario: A buffer without a terminating NUL
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens "Alpha" with SHM_MAP_WRITE from an unterminated buffer
      Then the call returns STATUS_SUCCESS

    Scenario: A buffer that holds more than Length covers
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens with SHM_MAP_WRITE a Name of Length 10 and MaximumLength 20 over the buffer "AlphaOmega"
      Then the call returns STATUS_SUCCESS

    Scenario: A name with an embedded NUL is not the name before the NUL
      Given driver A has created the shared memory object "Alpha{U+0000}Omega" of 4096 bytes
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call fails

  @statement:OPEN-NAME-1B @interpretation
  Rule: A malformed or empty UNICODE_STRING is refused with STATUS_INVALID_PARAMETER (D-9.A)

    @reading:D-9.A
    Scenario Outline: <case>
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens with SHM_MAP_WRITE a Name of Length <Length> and MaximumLength <MaximumLength> over the buffer "<buffer>"
      Then the call returns STATUS_INVALID_PARAMETER

      Examples:
        | case                          | Length | MaximumLength | buffer     |
        | an odd Length                 | 9      | 12            | Alpha{U+0000} |
        | an odd MaximumLength          | 10     | 11            | Alpha{U+0000} |
        | Length above MaximumLength    | 10     | 8             | Alpha      |
        | an empty name                 | 0      | 2             | {U+0000}   |

    @reading:D-9.A
    Scenario Outline: A NULL Buffer with Length <Length>
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens with SHM_MAP_WRITE a Name of Length <Length> and MaximumLength <MaximumLength> and a NULL Buffer
      Then the call returns STATUS_INVALID_PARAMETER

      Examples:
        | Length | MaximumLength | case                  |
        | 10     | 12            | a Length with nothing |
        | 0      | 0             | an empty name         |

    @reading:D-10.A
    Scenario: A NULL Name
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens with SHM_MAP_WRITE and a NULL Name
      Then the call returns STATUS_INVALID_PARAMETER

    @reading:D-9.C @reading:D-6.A
    Scenario: An empty name is not found, while malformed strings are refused
      When driver B opens with SHM_MAP_WRITE a Name of Length 0 and MaximumLength 2 over the buffer "{U+0000}"
      Then the call returns STATUS_UNSUCCESSFUL
      When driver B opens with SHM_MAP_WRITE a Name of Length 9 and MaximumLength 12 over the buffer "Alpha{U+0000}"
      Then the call returns STATUS_INVALID_PARAMETER

  @statement:CREATE-NAME-4 @interpretation
  Rule: An empty Name on Create is refused (D-9.A) or creates an unnamed object (D-9.B, D-9.C)

    @reading:D-9.A
    Scenario: Create with an empty name is refused and creates nothing
      When driver A creates a shared memory object of 4096 bytes with a Name of Length 0 and MaximumLength 2 over the buffer "{U+0000}"
      Then the call returns STATUS_INVALID_PARAMETER
      And the session holds 0 unnamed shared memory objects

    Scenario Outline: Create with an empty name creates an unnamed object
      When driver A creates a shared memory object of 4096 bytes with a Name of Length 0 and MaximumLength 2 over the buffer "{U+0000}"
      Then the call returns STATUS_SUCCESS
      And the session holds 1 unnamed shared memory object

      @reading:D-9.B
      Examples: lenient strings
        | name  |
        | empty |

      @reading:D-9.C
      Examples: malformed strings refused, empty names allowed
        | name  |
        | empty |

  @statement:OPEN-NAME-2 @statement:CREATE-NAME-1 @required
  Rule: Names up to 256 code units, within every reading of the 260-character limit, open

    Scenario Outline: A name of <units> code units
      Given driver A has created the shared memory object <name> of 4096 bytes
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

      Examples:
        | units | name        |
        | 1     | "a"         |
        | 255   | 255 × "a"   |
        | 256   | 256 × "a"   |

  @statement:OPEN-NAME-2B @interpretation
  Rule: Around the 260-character limit, each reading of D-8 draws the line in its own place

    @reading:D-8.A
    Scenario Outline: 260 code units: a name of <units> units is <verdict>
      When driver A creates the shared memory object <name> of 4096 bytes
      Then the call returns <create status>
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns <open status>

      Examples:
        | units | verdict  | name                    | create status            | open status              |
        | 257   | accepted | 257 × "a"               | STATUS_SUCCESS           | STATUS_SUCCESS           |
        | 258   | accepted | 258 × "a"               | STATUS_SUCCESS           | STATUS_SUCCESS           |
        | 259   | accepted | 259 × "a"               | STATUS_SUCCESS           | STATUS_SUCCESS           |
        | 260   | accepted | 260 × "a"               | STATUS_SUCCESS           | STATUS_SUCCESS           |
        | 261   | refused  | 261 × "a"               | STATUS_INVALID_PARAMETER | STATUS_INVALID_PARAMETER |
        | 261   | refused  | 259 × "a" + "{U+1F600}" | STATUS_INVALID_PARAMETER | STATUS_INVALID_PARAMETER |
        | 260   | accepted | 258 × "a" + "{U+1F600}" | STATUS_SUCCESS           | STATUS_SUCCESS           |

    @reading:D-8.B
    Scenario Outline: 259 code units and the terminator: a name of <units> units is <verdict>
      When driver A creates the shared memory object <name> of 4096 bytes
      Then the call returns <create status>
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns <open status>

      Examples:
        | units | verdict  | name      | create status            | open status              |
        | 259   | accepted | 259 × "a" | STATUS_SUCCESS           | STATUS_SUCCESS           |
        | 260   | refused  | 260 × "a" | STATUS_INVALID_PARAMETER | STATUS_INVALID_PARAMETER |

    @reading:D-8.C
    Scenario Outline: 260 code points: a name of <units> units is <verdict>
      When driver A creates the shared memory object <name> of 4096 bytes
      Then the call returns <create status>
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns <open status>

      Examples:
        | units | verdict  | name                    | create status            | open status              |
        | 261   | accepted | 259 × "a" + "{U+1F600}" | STATUS_SUCCESS           | STATUS_SUCCESS           |
        | 261   | refused  | 261 × "a"               | STATUS_INVALID_PARAMETER | STATUS_INVALID_PARAMETER |

    @reading:D-8.F
    Scenario Outline: 256 code units (RTX_MAX_OBJECT_NAME_LENGTH): a name of <units> units is <verdict>
      When driver A creates the shared memory object <name> of 4096 bytes
      Then the call returns <create status>
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns <open status>

      Examples:
        | units | verdict  | name      | create status            | open status              |
        | 256   | accepted | 256 × "a" | STATUS_SUCCESS           | STATUS_SUCCESS           |
        | 257   | refused  | 257 × "a" | STATUS_INVALID_PARAMETER | STATUS_INVALID_PARAMETER |

    @reading:D-8.E
    Scenario: Names above 260 code units are truncated, so two long names sharing 260 units collide
      Given driver A has created the shared memory object 260 × "a" of 4096 bytes
      And driver A writes "truncated" at offset 0 of its view of 260 × "a"
      When driver B opens 260 × "a" + "b" with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS
      And driver B reads "truncated" at offset 0 of its view of 260 × "a" + "b"

    @reading:D-8.D
    Scenario Outline: STATUS_NAME_TOO_LONG above 260 code units: a name of <units> units
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns STATUS_NAME_TOO_LONG

      Examples:
        | units | name      |
        | 261   | 261 × "a" |
        | 300   | 300 × "a" |

  @statement:OPEN-NAME-3 @statement:CREATE-NAME-1 @interpretation
  Rule: A name with a backslash is refused, wherever the backslash stands

    @reading:D-12.A
    Scenario Outline: A backslash <where>
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns STATUS_INVALID_PARAMETER
      When driver A creates the shared memory object <name> of 4096 bytes
      Then the call returns STATUS_INVALID_PARAMETER

      Examples:
        | where               | name                  |
        | first               | "{U+005C}Alpha"       |
        | inside              | "Al{U+005C}pha"       |
        | last                | "Alpha{U+005C}"       |
        | after Global        | "Global{U+005C}Alpha" |
        | alone               | "{U+005C}"            |

    @reading:D-12.D
    Scenario Outline: A backslash <where> is an invalid object name
      When driver B opens <name> with SHM_MAP_WRITE
      Then the call returns STATUS_OBJECT_NAME_INVALID

      Examples:
        | where  | name            |
        | first  | "{U+005C}Alpha" |
        | inside | "Al{U+005C}pha" |
        | last   | "Alpha{U+005C}" |

    @reading:D-12.C
    Scenario: A leading Global prefix names the object after it
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens "Global{U+005C}Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

  @statement:OPEN-NAME-3B @required
  Rule: Any character other than the backslash may appear in a name

    Scenario Outline: A name with <what>
      Given driver A has created the shared memory object <name> of 4096 bytes
      And driver A writes "found" at offset 0 of its view of <name>
      When driver B opens <name> with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS
      And driver B reads "found" at offset 0 of its view of <name>

      Examples:
        | what                     | name                      |
        | a slash                  | "a/b"                     |
        | a leading slash          | "/Alpha"                  |
        | spaces                   | "shared memory object"    |
        | punctuation              | ":*?<>!.-_"               |
        | non-ASCII letters        | "Grüße-名前"               |
        | a surrogate pair         | "smile-{U+1F600}"         |
        | an embedded NUL          | "Alpha{U+0000}Omega"      |
        | a dot                    | "."                       |

  @statement:OPEN-NAME-4 @required
  Rule: Names are compared case-sensitively

    Scenario Outline: "<other>" does not open "Alpha"
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver B opens "<other>" with SHM_MAP_WRITE
      Then the call fails

      Examples:
        | other |
        | alpha |
        | ALPHA |
        | AlphA |

    Scenario: "Alpha" and "alpha" are two objects
      Given driver A has created the shared memory object "Alpha" of 4096 bytes
      And driver A has created the shared memory object "alpha" of 4096 bytes
      And driver A writes "upper" at offset 0 of its view of "Alpha"
      And driver A writes "lower" at offset 0 of its view of "alpha"
      When driver B opens "alpha" with SHM_MAP_READ
      Then driver B reads "lower" at offset 0 of its view of "alpha"

  @statement:OPEN-NAME-6 @interpretation
  Rule: A name held by an event, mutex or semaphore does not open as shared memory

    @reading:D-7.A
    Scenario Outline: A name held by a <kind>
      Given driver A has created a <kind> named "Gamma"
      When driver B opens "Gamma" with SHM_MAP_WRITE
      Then the call returns STATUS_INVALID_HANDLE

      Examples:
        | kind      |
        | event     |
        | mutex     |
        | semaphore |

    @reading:D-7.B @reading:D-6.A
    Scenario Outline: A name held by a <kind> is not found
      Given driver A has created a <kind> named "Gamma"
      When driver B opens "Gamma" with SHM_MAP_WRITE
      Then the call returns STATUS_UNSUCCESSFUL

      Examples:
        | kind      |
        | event     |
        | mutex     |
        | semaphore |

  @statement:OPEN-NAME-5 @interpretation
  Rule: Canonically equivalent names: distinct code units are distinct names (D-13.A) or one name (D-13.B)

    @reading:D-13.A
    Scenario: A precomposed and a decomposed é are two names
      Given driver A has created the shared memory object "caf{U+00E9}" of 4096 bytes
      When driver B opens "cafe{U+0301}" with SHM_MAP_WRITE
      Then the call fails

    @reading:D-13.B
    Scenario: A precomposed and a decomposed é are one name
      Given driver A has created the shared memory object "caf{U+00E9}" of 4096 bytes
      When driver B opens "cafe{U+0301}" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS
