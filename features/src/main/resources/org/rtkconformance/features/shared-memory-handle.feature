Feature: SharedMemoryHandle: where the handle is delivered
  SharedMemoryHandle is a pointer to a handle that receives a handle to the existing shared memory
  object. The caller must pass a valid pointer or the call fails with STATUS_INVALID_PARAMETER.

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes

  @statement:OPEN-HANDLE-1 @required
  Rule: On success *SharedMemoryHandle receives a handle to the existing object

    Scenario: The handle counts as a reference to the object
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call delivers a handle and a view
      And the object "Alpha" has 2 open handles

    Scenario: The delivered handle closes the object it was opened for
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B releases its view and handle of "Alpha"
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 1 open handle

  @statement:OPEN-HANDLE-2 @required
  Rule: A NULL SharedMemoryHandle fails with STATUS_INVALID_PARAMETER

    Scenario Outline: NULL SharedMemoryHandle with <access>
      When driver B opens "Alpha" with <access> and a NULL SharedMemoryHandle
      Then the call returns STATUS_INVALID_PARAMETER

      Examples:
        | access        |
        | SHM_MAP_WRITE |
        | SHM_MAP_READ  |

    Scenario: A NULL SharedMemoryHandle opens no handle behind the caller's back
      When driver B opens "Alpha" with SHM_MAP_WRITE and a NULL SharedMemoryHandle
      Then the call fails
      And the object "Alpha" has 1 open handle
