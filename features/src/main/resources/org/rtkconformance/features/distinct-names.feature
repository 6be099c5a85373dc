Feature: Distinct names: two different names are two objects
  The page compares names case-sensitively, code unit for code unit, and allows every character but the
  backslash in a name of up to 260 characters. So two different legal names name two objects, however
  little they differ. A port that folds names together (ends a name at a NUL as a C string, drops or adds
  a '/', rewrites a space, lowercases, cuts a name at an internal buffer of 128 or 256 bytes) passes every
  check that uses one name alone; each scenario here uses two names that such a port would fold into one.
  The second Create must make a new object (STATUS_SUCCESS, not STATUS_OBJECT_NAME_EXISTS), and each
  object must read back its own contents, through its creator's view and through a new open by name.
  A backend without VIEW_ACCESS is judged by lifetimes instead: closing the only handle of the second
  object destroys it and leaves the first.
  Names are written in the kit's notation: "text", N × "text", {U+XXXX}, parts joined by +.

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS

  @statement:OPEN-NAME-7 @required
  Rule: Two names that differ in any code unit are two objects

    Scenario Outline: Names that differ only in <difference>
      Given driver A has created the shared memory object <first> of 4096 bytes
      When driver A creates the shared memory object <second> of 4096 bytes
      Then the call returns STATUS_SUCCESS
      And <first> and <second> are two objects

      Examples: NUL code units
      | difference                     | first            | second             |
      | a trailing NUL                 | "Alpha"          | "Alpha{U+0000}"    |
      | the unit after an embedded NUL | "Alpha{U+0000}x" | "Alpha{U+0000}y"   |
      | an embedded NUL                | "Alpha"          | "Al{U+0000}pha"    |
      | the number of NULs             | "{U+0000}"       | "{U+0000}{U+0000}" |

      Examples: case (the page: "Name comparison is case-sensitive")
      | difference                    | first               | second              |
      | ASCII case                    | "Alpha"             | "ALPHA"             |
      | the case of accented letters  | "{U+00E9}t{U+00E9}" | "{U+00C9}T{U+00C9}" |
      | full case folding (ß and ss)  | "stra{U+00DF}e"     | "strasse"           |
      | the Kelvin sign and k         | "{U+212A}elvin"     | "kelvin"            |
      | Greek capital and small sigma | "{U+03A3}"          | "{U+03C3}"          |

      Examples: compatibility forms, distinct under both readings of D-13
      | difference                                                | first          | second  |
      | a ligature and its letters (compatibility, not canonical) | "{U+FB01}le"   | "file"  |
      | a superscript and its digit                               | "x{U+00B2}"    | "x2"    |
      | a full-width letter                                       | "{U+FF21}lpha" | "Alpha" |

      Examples: slashes
      | difference                 | first    | second       |
      | a leading '/'              | "Alpha"  | "/Alpha"     |
      | a doubled leading '/'      | "/Alpha" | "//Alpha"    |
      | a doubled '/' inside       | "a/b"    | "a//b"       |
      | a trailing '/'             | "Alpha"  | "Alpha/"     |
      | '/' and '_'                | "a/b"    | "a_b"        |
      | '/' and the division slash | "a/b"    | "a{U+2215}b" |

      Examples: spaces
      | difference                   | first   | second       |
      | a space and '_'              | "a b"   | "a_b"        |
      | a space and '-'              | "a b"   | "a-b"        |
      | a space and nothing          | "a b"   | "ab"         |
      | a trailing space             | "Alpha" | "Alpha "     |
      | a leading space              | "Alpha" | " Alpha"     |
      | a space and its URL escape   | "a b"   | "a%20b"      |
      | a space and a no-break space | "a b"   | "a{U+00A0}b" |
      | a space and a tab            | "a b"   | "a{U+0009}b" |

      Examples: dots
      | difference         | first   | second    |
      | "." and ".."       | "."     | ".."      |
      | a "./" in front    | "Alpha" | "./Alpha" |
      | a "/../" step      | "b"     | "a/../b"  |
      | a trailing dot     | "Alpha" | "Alpha."  |
      | the number of dots | ".."    | "..."     |

      Examples: the last code unit, around internal limits of 128, 255 and 256 units or bytes
      | difference                                              | first                         | second                        |
      | the 128th unit (ASCII)                                  | 127 × "a" + "x"               | 127 × "a" + "y"               |
      | the 129th unit, past 256 UTF-16 bytes (ASCII)           | 128 × "a" + "x"               | 128 × "a" + "y"               |
      | the 254th unit (ASCII)                                  | 253 × "a" + "x"               | 253 × "a" + "y"               |
      | the 255th unit (ASCII)                                  | 254 × "a" + "x"               | 254 × "a" + "y"               |
      | the 256th unit (ASCII)                                  | 255 × "a" + "x"               | 255 × "a" + "y"               |
      | UTF-8 byte 127 (two-byte letters)                       | 63 × "{U+00E9}" + "x"         | 63 × "{U+00E9}" + "y"         |
      | UTF-8 byte 129, past 128 (two-byte letters)             | 64 × "{U+00E9}" + "x"         | 64 × "{U+00E9}" + "y"         |
      | UTF-8 byte 255 (two-byte letters)                       | 127 × "{U+00E9}" + "x"        | 127 × "{U+00E9}" + "y"        |
      | UTF-8 bytes 255 and 256 (two-byte letters)              | 127 × "{U+00E9}" + "{U+00E9}" | 127 × "{U+00E9}" + "{U+00E8}" |
      | UTF-8 byte 257, past 256 (two-byte letters)             | 128 × "{U+00E9}" + "x"        | 128 × "{U+00E9}" + "y"        |
      | the 256th unit, UTF-8 byte 511 (two-byte letters)       | 255 × "{U+00E9}" + "x"        | 255 × "{U+00E9}" + "y"        |
      | UTF-8 byte 130, past 128 (three-byte letters)           | 43 × "{U+540D}" + "x"         | 43 × "{U+540D}" + "y"         |
      | UTF-8 byte 256, past 255 (three-byte letters)           | 85 × "{U+540D}" + "x"         | 85 × "{U+540D}" + "y"         |
      | UTF-8 byte 259, past 256 (three-byte letters)           | 86 × "{U+540D}" + "x"         | 86 × "{U+540D}" + "y"         |
      | the 256th unit, UTF-8 byte 766 (three-byte letters)     | 255 × "{U+540D}" + "x"        | 255 × "{U+540D}" + "y"        |
      | UTF-8 byte 129, past 128 (surrogate pairs)              | 32 × "{U+1F600}" + "x"        | 32 × "{U+1F600}" + "y"        |
      | the 129th unit, past 256 UTF-16 bytes (surrogate pairs) | 64 × "{U+1F600}" + "x"        | 64 × "{U+1F600}" + "y"        |
      | the low surrogate at unit 129                           | 127 × "a" + "{U+1F600}"       | 127 × "a" + "{U+1F601}"       |
      | the 255th unit (surrogate pairs)                        | 127 × "{U+1F600}" + "x"       | 127 × "{U+1F600}" + "y"       |
      | the low surrogate at unit 256                           | 254 × "a" + "{U+1F600}"       | 254 × "a" + "{U+1F601}"       |

  @statement:OPEN-NAME-7 @interpretation
  Rule: Names of 257 to 260 code units, legal where the limit is 260, are distinct in their last unit

    Scenario Outline: Names of up to 260 units that differ only in <difference>
      Given driver A has created the shared memory object <first> of 4096 bytes
      When driver A creates the shared memory object <second> of 4096 bytes
      Then the call returns STATUS_SUCCESS
      And <first> and <second> are two objects

      @reading:D-8.A
      Examples: 260 code units, refused above
      | difference                     | first                              | second                             |
      | the 257th unit                 | 256 × "a" + "x"                    | 256 × "a" + "y"                    |
      | the 259th unit                 | 258 × "a" + "x"                    | 258 × "a" + "y"                    |
      | the 260th unit                 | 259 × "a" + "x"                    | 259 × "a" + "y"                    |
      | the low surrogate at unit 260  | 258 × "a" + "{U+1F600}"            | 258 × "a" + "{U+1F601}"            |
      | the 260th unit, UTF-8 byte 514 | 127 × "{U+540D}" + 132 × "b" + "x" | 127 × "{U+540D}" + 132 × "b" + "y" |

      @reading:D-8.C
      Examples: 260 code points
      | difference                     | first                              | second                             |
      | the 257th unit                 | 256 × "a" + "x"                    | 256 × "a" + "y"                    |
      | the 259th unit                 | 258 × "a" + "x"                    | 258 × "a" + "y"                    |
      | the 260th unit                 | 259 × "a" + "x"                    | 259 × "a" + "y"                    |
      | the low surrogate at unit 260  | 258 × "a" + "{U+1F600}"            | 258 × "a" + "{U+1F601}"            |
      | the 260th unit, UTF-8 byte 514 | 127 × "{U+540D}" + 132 × "b" + "x" | 127 × "{U+540D}" + 132 × "b" + "y" |

      @reading:D-8.D
      Examples: 260 code units, STATUS_NAME_TOO_LONG above
      | difference                     | first                              | second                             |
      | the 257th unit                 | 256 × "a" + "x"                    | 256 × "a" + "y"                    |
      | the 259th unit                 | 258 × "a" + "x"                    | 258 × "a" + "y"                    |
      | the 260th unit                 | 259 × "a" + "x"                    | 259 × "a" + "y"                    |
      | the low surrogate at unit 260  | 258 × "a" + "{U+1F600}"            | 258 × "a" + "{U+1F601}"            |
      | the 260th unit, UTF-8 byte 514 | 127 × "{U+540D}" + 132 × "b" + "x" | 127 × "{U+540D}" + 132 × "b" + "y" |

      @reading:D-8.E
      Examples: 260 code units, truncated above
      | difference                     | first                              | second                             |
      | the 257th unit                 | 256 × "a" + "x"                    | 256 × "a" + "y"                    |
      | the 259th unit                 | 258 × "a" + "x"                    | 258 × "a" + "y"                    |
      | the 260th unit                 | 259 × "a" + "x"                    | 259 × "a" + "y"                    |
      | the low surrogate at unit 260  | 258 × "a" + "{U+1F600}"            | 258 × "a" + "{U+1F601}"            |
      | the 260th unit, UTF-8 byte 514 | 127 × "{U+540D}" + 132 × "b" + "x" | 127 × "{U+540D}" + 132 × "b" + "y" |

  @statement:OPEN-NAME-7 @statement:OPEN-NAME-5 @interpretation
  Rule: Canonically equivalent names are two objects where names are raw code units (D-13.A)

    @reading:D-13.A
    Scenario Outline: Names that differ only in <difference>
      Given driver A has created the shared memory object <first> of 4096 bytes
      When driver A creates the shared memory object <second> of 4096 bytes
      Then the call returns STATUS_SUCCESS
      And <first> and <second> are two objects

      Examples: canonical equivalents
      | difference                                     | first         | second         |
      | a precomposed and a decomposed é (NFC and NFD) | "caf{U+00E9}" | "cafe{U+0301}" |
      | the Ångström sign and Å                        | "{U+212B}"    | "{U+00C5}"     |

  @statement:OPEN-NAME-7 @required
  Rule: A call with an over-long name leaves the object of a legal name it starts with untouched

    Scenario Outline: <long> does not touch <legal>
      Given driver A has created the shared memory object <legal> of 4096 bytes
      And driver A writes "legal object" at offset 0 of its view of <legal>
      When driver B creates the shared memory object <long> of 8192 bytes
      And driver B opens <long> with SHM_MAP_WRITE
      Then a new open of <legal> by driver A reads "legal object", and the object is still 4096 bytes long

      Examples: over-long under every reading of D-8
        | legal     | long                             |
        | 256 × "a" | 256 × "a" + 5 × "b"              |
        | 256 × "a" | 256 × "a" + 44 × "b"             |
        | 256 × "a" | 256 × "a" + 3 × "b" + "{U+1F600}" |

  @statement:OPEN-NAME-7 @interpretation
  Rule: Where 260 units are legal (D-8.A), a longer name leaves the object of the 260-unit name untouched

    @reading:D-8.A
    Scenario Outline: <long> does not touch <legal>, 260 units being legal
      Given driver A has created the shared memory object <legal> of 4096 bytes
      And driver A writes "legal object" at offset 0 of its view of <legal>
      When driver B creates the shared memory object <long> of 8192 bytes
      And driver B opens <long> with SHM_MAP_WRITE
      Then a new open of <legal> by driver A reads "legal object", and the object is still 4096 bytes long

      Examples:
        | legal                   | long                               |
        | 260 × "a"               | 260 × "a" + "b"                    |
        | 260 × "a"               | 260 × "a" + 40 × "b"               |
        | 258 × "a" + "{U+1F600}" | 258 × "a" + "{U+1F600}" + "b"      |
