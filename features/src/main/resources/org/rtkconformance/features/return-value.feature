Feature: Return value: STATUS_SUCCESS, or one of five failure codes
  RtkOpenSharedMemory returns STATUS_SUCCESS on success or, on failure, one of STATUS_INVALID_PARAMETER,
  STATUS_UNSUCCESSFUL, STATUS_INVALID_HANDLE, STATUS_NO_MEMORY and STATUS_NO_SUCH_DEVICE. The bound is
  checked here for every failure this feature provokes, and after every scenario of the kit for every
  failed open. Which condition gives which code is partly ambiguous (D-6, D-7, D-17).

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes

  @statement:OPEN-RET-1 @required
  Rule: Success is STATUS_SUCCESS exactly, not another success status

    Scenario Outline: A successful open with <access> returns STATUS_SUCCESS
      When driver B opens "Alpha" with <access>
      Then the call returns STATUS_SUCCESS

      Examples:
        | access        |
        | SHM_MAP_WRITE |
        | SHM_MAP_READ  |

  @statement:OPEN-RET-2 @bounded
  Rule: Every failure is one of the five documented codes

    The conditions below fail under every reading of the page; conditions whose outcome depends on a
    reading (a never-issued RtssInst, a NULL location, DesiredAccess 0, InheritHandle 2) are bounded by the after-scenario check.

    Scenario Outline: Failure: <condition>
      When driver B <attempt>
      Then the call fails with one of the documented codes

      Examples:
        | condition                     | attempt                                                                |
        | RtssInst 0                    | opens "Alpha" with SHM_MAP_WRITE passing RtssInst 0                    |
        | NULL SharedMemoryHandle       | opens "Alpha" with SHM_MAP_WRITE and a NULL SharedMemoryHandle         |
        | NULL Name                     | opens with SHM_MAP_WRITE and a NULL Name                               |
        | a name no object has          | opens "Nobody" with SHM_MAP_WRITE                                      |
        | a name in another case        | opens "ALPHA" with SHM_MAP_WRITE                                       |
        | a backslash                   | opens "Al{U+005C}pha" with SHM_MAP_WRITE                               |
        | a name of 300 code units      | opens 300 × "a" with SHM_MAP_WRITE                                     |
        | an odd Length                 | opens with SHM_MAP_WRITE a Name of Length 9 and MaximumLength 12 over the buffer "Alpha{U+0000}" |
        | a NULL Buffer                 | opens with SHM_MAP_WRITE a Name of Length 10 and MaximumLength 12 and a NULL Buffer |
        | an empty name                 | opens with SHM_MAP_WRITE a Name of Length 0 and MaximumLength 2 over the buffer "{U+0000}" |

    Scenario Outline: Failure under a forced condition: <fault>
      Given the backend is forced into <fault>
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call fails with one of the documented codes

      Examples:
        | fault               |
        | memory exhaustion   |
        | a stopped RTSS      |
        | an internal failure |

  @statement:OPEN-RET-2B @interpretation
  Rule: Each documented failure code is reachable under a named condition

    @reading:D-17.A
    Scenario Outline: <status> under <fault>
      Given the backend is forced into <fault>
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns <status>

      Examples:
        | fault               | status                |
        | memory exhaustion   | STATUS_NO_MEMORY      |
        | a stopped RTSS      | STATUS_NO_SUCH_DEVICE |
        | an internal failure | STATUS_UNSUCCESSFUL   |

    @reading:D-17.A
    Scenario: STATUS_INVALID_PARAMETER for a NULL SharedMemoryHandle
      When driver B opens "Alpha" with SHM_MAP_WRITE and a NULL SharedMemoryHandle
      Then the call returns STATUS_INVALID_PARAMETER

    @reading:D-7.A
    Scenario: STATUS_INVALID_HANDLE for a name held by an event
      Given driver A has created an event named "Gamma"
      When driver B opens "Gamma" with SHM_MAP_WRITE
      Then the call returns STATUS_INVALID_HANDLE

  @statement:OPEN-PURPOSE-1 @interpretation
  Rule: Open never creates: a name no object has is not found (D-6)

    @reading:D-6.A
    Scenario: Not found is STATUS_UNSUCCESSFUL
      When driver B opens "Nobody" with SHM_MAP_WRITE
      Then the call returns STATUS_UNSUCCESSFUL
      And no object named "Nobody" exists

    @reading:D-6.B
    Scenario: Not found is STATUS_OBJECT_NAME_NOT_FOUND
      When driver B opens "Nobody" with SHM_MAP_WRITE
      Then the call returns STATUS_OBJECT_NAME_NOT_FOUND
      And no object named "Nobody" exists

  @statement:OPEN-RET-3 @interpretation
  Rule: A failed call leaves both out-parameters untouched (D-11.A, D-11.B) or writes NULL through them (D-11.D)

    @reading:D-11.A
    Scenario Outline: The out-parameters after a failure: <condition>
      When driver B <attempt>
      Then the call fails
      And the call leaves *SharedMemoryHandle and *location untouched

      Examples:
        | condition            | attempt                                             |
        | RtssInst 0           | opens "Alpha" with SHM_MAP_WRITE passing RtssInst 0 |
        | a name no object has | opens "Nobody" with SHM_MAP_WRITE                   |

    @reading:D-11.D
    Scenario Outline: NULL written through the out-parameters after a failure: <condition>
      When driver B <attempt>
      Then the call fails
      And the call writes NULL through *SharedMemoryHandle and *location

      Examples:
        | condition            | attempt                                             |
        | RtssInst 0           | opens "Alpha" with SHM_MAP_WRITE passing RtssInst 0 |
        | a name no object has | opens "Nobody" with SHM_MAP_WRITE                   |
