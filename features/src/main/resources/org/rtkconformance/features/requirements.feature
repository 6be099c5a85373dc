Feature: Requirements: version, header, library and IRQL
  Minimum supported version RTX64 2013 with Service Pack 1; header RtkApi.h; library RtkApi.lib;
  IRQL PASSIVE_LEVEL. The header and library are build checks: a C probe is compiled with the system cc
  (-std=c11 -Wall -Werror) against the header a backend with NATIVE_HEADER hands over, and linked with its
  library; calling above PASSIVE_LEVEL breaks a caller obligation whose consequence is undocumented (D-23).

  @statement:OPEN-REQ-1 @required
  Rule: RtkOpenSharedMemory is available from RTX64 2013 with Service Pack 1

    @since:RTX64_2013_SP1
    Scenario: A backend that claims RTX64 2013 SP1 or later opens objects
      Given driver A is attached to the RTSS
      And driver A has created the shared memory object "Alpha" of 4096 bytes
      And driver B is attached to the RTSS
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

  @statement:OPEN-SIG-1 @statement:OPEN-SIG-2 @statement:OPEN-REQ-2 @required
  Rule: RtkApi.h declares NTSTATUS RtkOpenSharedMemory(RTSSINST, PHANDLE, ULONG, BOOLEAN, PUNICODE_STRING, VOID **)

    Scenario: The header declares the documented prototype, types and constants
      Then a C probe that includes RtkApi.h compiles with RtkOpenSharedMemory as the documented prototype

  @statement:OPEN-REQ-3 @required
  Rule: Callers link RtkApi.lib (RtkApi_W64.lib on wRTOS)

    Scenario: The library resolves the symbol
      Then a C probe that calls RtkOpenSharedMemory links against RtkApi.lib

  @statement:OPEN-REQ-4 @interpretation
  Rule: Callers are at PASSIVE_LEVEL; a checked implementation refuses a call above it

    Background:
      Given driver A is attached to the RTSS
      And driver A has created the shared memory object "Alpha" of 4096 bytes
      And driver B is attached to the RTSS

    @reading:D-23.A
    Scenario Outline: A call at <irql> fails with STATUS_UNSUCCESSFUL
      Given driver B runs at <irql>
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_UNSUCCESSFUL
      And the object "Alpha" has 1 open handle

      Examples:
        | irql           |
        | APC_LEVEL      |
        | DISPATCH_LEVEL |

    @reading:D-23.B
    Scenario: A call at DISPATCH_LEVEL fails with STATUS_INVALID_PARAMETER
      Given driver B runs at DISPATCH_LEVEL
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_INVALID_PARAMETER

    @reading:D-23.A
    Scenario: Back at PASSIVE_LEVEL the call succeeds
      Given driver B runs at DISPATCH_LEVEL
      And driver B runs at PASSIVE_LEVEL
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS

    @reading:D-23.C
    Scenario: Unchecked: a call at DISPATCH_LEVEL proceeds as at PASSIVE_LEVEL
      Given driver B runs at DISPATCH_LEVEL
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS
