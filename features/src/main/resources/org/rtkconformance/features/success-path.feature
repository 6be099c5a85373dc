Feature: Success path: two drivers share one shared memory object
  RtkOpenSharedMemory opens an existing named shared memory object. The caller receives a handle and
  the address of a view; every view of the object shows the same memory. The caller unmaps the view,
  then closes the handle, and the object is destroyed when its last handle has been closed.

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes

  @statement:OPEN-PURPOSE-1 @statement:OPEN-RET-1 @statement:OPEN-HANDLE-1 @statement:OPEN-LOC-1 @required
  Rule: A second caller opens the object another caller created and receives a handle and a view

    Scenario: Driver B opens the object driver A created
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS
      And the call delivers a handle and a view

  @statement:OPEN-ACCESS-6 @statement:OPEN-PURPOSE-2 @required
  Rule: The creator's view and the opener's view show the same memory

    Scenario: A write through the creator's view is read through the opener's view
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver A writes "hello from A" at offset 0 of its view of "Alpha"
      Then the write succeeds
      And driver B reads "hello from A" at offset 0 of its view of "Alpha"

    Scenario: A write through the opener's view is read through the creator's view
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B writes "hello from B" at offset 100 of its view of "Alpha"
      Then the write succeeds
      And driver A reads "hello from B" at offset 100 of its view of "Alpha"

  @statement:OPEN-REM-1 @statement:OPEN-REM-4 @required
  Rule: Each caller unmaps, then closes; the last close destroys the object and a later open fails

    Scenario: The whole life of a shared object
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B unmaps its view of "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver B closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver A unmaps its view of "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver A closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call fails
