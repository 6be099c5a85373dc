Feature: RtssInst: the instance the caller attached with
  RtssInst is an RTSSINST value returned from a call to RtkRtssAttach or RtkRtssAttachEx. The caller
  must pass a valid value or the call fails with STATUS_INVALID_PARAMETER. Which values are invalid
  besides 0 is ambiguous (D-22).

  Background:
    Given driver A is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes

  @statement:OPEN-RTSSINST-1 @required
  Rule: An instance from RtkRtssAttach or from RtkRtssAttachEx opens objects

    Scenario: An instance from RtkRtssAttach
      Given driver B is attached to the RTSS
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

    Scenario: An instance from RtkRtssAttachEx
      Given driver B is attached to the RTSS with RtkRtssAttachEx
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS
      And the call delivers a handle and a view

  @statement:OPEN-RTSSINST-2 @required
  Rule: An RtssInst of 0 fails with STATUS_INVALID_PARAMETER

    Scenario: RtssInst 0
      When driver A opens "Alpha" with SHM_MAP_WRITE passing RtssInst 0
      Then the call returns STATUS_INVALID_PARAMETER

  @statement:OPEN-RTSSINST-2B @interpretation
  Rule: An RtssInst no attach ever returned fails with STATUS_INVALID_PARAMETER

    Scenario Outline: An RtssInst never issued
      When driver A opens "Alpha" with <access> passing an RtssInst no attach returned
      Then the call returns STATUS_INVALID_PARAMETER

      @reading:D-22.B
      Examples: when never-issued values are invalid
        | access        |
        | SHM_MAP_WRITE |
        | SHM_MAP_READ  |

      @reading:D-22.C
      Examples: when never-issued and detached values are invalid
        | access        |
        | SHM_MAP_WRITE |
        | SHM_MAP_READ  |

  @statement:OPEN-RTSSINST-2C @interpretation
  Rule: The instance of a detached caller is invalid under D-22.C and still usable under D-22.B

    @reading:D-22.C
    Scenario: A detached instance is refused
      Given driver B is attached to the RTSS
      And driver B has detached from the RTSS
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_INVALID_PARAMETER

    @reading:D-22.B
    Scenario: A detached instance stays usable
      Given driver B is attached to the RTSS
      And driver B has detached from the RTSS
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

  @statement:OPEN-RTSSINST-2D @interpretation
  Rule: An instance is valid only for the driver it was issued to (D-22.B, D-22.C)

    Scenario Outline: Driver B passes driver A's RtssInst
      Given driver B is attached to the RTSS
      When driver B opens "Alpha" with SHM_MAP_WRITE passing driver A's RtssInst
      Then the call returns STATUS_INVALID_PARAMETER
      And the object "Alpha" has 1 open handle

      @reading:D-22.B
      Examples: 0 and values never issued to the caller are invalid
        | instance |
        | A's      |

      @reading:D-22.C
      Examples: 0, values never issued to the caller and detached instances are invalid
        | instance |
        | A's      |
