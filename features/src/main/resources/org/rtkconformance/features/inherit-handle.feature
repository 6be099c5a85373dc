Feature: InheritHandle: marked "(ignored)"
  The page marks InheritHandle "(ignored)" and in the same entry describes inheritance by child
  processes when it is TRUE (D-5). A kernel-mode caller has no child processes; what can be observed
  is whether the value changes the outcome of the open.

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes

  @statement:OPEN-INHERIT-1 @interpretation
  Rule: InheritHandle is ignored: FALSE, TRUE and any other byte open the object alike

    @reading:D-5.A
    Scenario Outline: InheritHandle <value>
      When driver B opens "Alpha" with SHM_MAP_WRITE and InheritHandle <value>
      Then the call returns STATUS_SUCCESS
      And the call delivers a handle and a view
      When driver A writes "same as ever" at offset 0 of its view of "Alpha"
      Then driver B reads "same as ever" at offset 0 of its view of "Alpha"

      Examples:
        | value |
        | FALSE |
        | TRUE  |
        | 2     |
        | 0xFF  |

    @reading:D-5.B
    Scenario Outline: Only TRUE and FALSE are BOOLEANs: InheritHandle <value>
      When driver B opens "Alpha" with SHM_MAP_WRITE and InheritHandle <value>
      Then the call returns <status>

      Examples:
        | value | status                   |
        | FALSE | STATUS_SUCCESS           |
        | TRUE  | STATUS_SUCCESS           |
        | 2     | STATUS_INVALID_PARAMETER |
        | 0xFF  | STATUS_INVALID_PARAMETER |
