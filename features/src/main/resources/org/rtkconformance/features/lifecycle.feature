Feature: Lifecycle: reference counts, unmap, close and destruction (Remarks)
  The caller uses RtkUnMapSharedMemory then RtkCloseHandle to close the handle, which decrements the
  object's reference count. The system closes the handle automatically when the process terminates.
  The object is destroyed when its last handle has been closed. Closing before unmapping (D-15) and
  unmapping what is not mapped (D-14) are not described.

  Background:
    Given driver A is attached to the RTSS
    And driver B is attached to the RTSS
    And driver A has created the shared memory object "Alpha" of 4096 bytes

  @statement:OPEN-REM-2 @statement:CLOSE-1 @required
  Rule: Every open adds a reference and every close removes one, across callers

    Scenario: Many opens by two callers, then closes
      Given driver C is attached to the RTSS
      When driver B opens "Alpha" with SHM_MAP_WRITE 3 times
      And driver C opens "Alpha" with SHM_MAP_READ
      Then the object "Alpha" has 5 open handles
      When driver B releases its view and handle of "Alpha"
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 4 open handles
      When driver C releases its view and handle of "Alpha"
      Then the object "Alpha" has 3 open handles

  @statement:OPEN-REM-4 @required
  Rule: The object lives while any handle to it is open

    Scenario: The creator closes first and the opener still shares the memory
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver A writes "outlives its creator" at offset 0 of its view of "Alpha"
      When driver A releases its view and handle of "Alpha"
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 1 open handle
      And driver B reads "outlives its creator" at offset 0 of its view of "Alpha"

  @statement:OPEN-REM-4 @statement:OPEN-PURPOSE-1 @required
  Rule: The last close destroys the object; a later open does not find it

    Scenario: The last of two handles is closed
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver A releases its view and handle of "Alpha"
      And driver B releases its view and handle of "Alpha"
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" no longer exists
      When driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call fails

    Scenario: Re-creating after destruction gives a fresh object, zero-filled, of the new size
      Given driver A writes "old contents" at offset 0 of its view of "Alpha"
      When driver A releases its view and handle of "Alpha"
      And driver A creates the shared memory object "Alpha" of 8192 bytes
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" is 8192 bytes long
      And the object "Alpha" has 1 open handle
      When driver B opens "Alpha" with SHM_MAP_READ
      Then driver B reads 12 zero bytes at offset 0 of its view of "Alpha"
      And driver B reads 1 zero bytes at offset 8191 of its view of "Alpha"

  @statement:OPEN-REM-1 @required
  Rule: Unmap, then close, each succeed

    Scenario: The documented order
      Given driver B has opened "Alpha" with SHM_MAP_READ
      When driver B unmaps its view of "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver B closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS

  @statement:OPEN-REM-1 @required
  Rule: After the unmap, nothing is mapped at the view's address any more

    Scenario: Reads and writes through an unmapped view find nothing mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B unmaps its view of "Alpha"
      Then the call returns STATUS_SUCCESS
      And reading through driver B's view of "Alpha" finds nothing mapped
      And writing through driver B's view of "Alpha" finds nothing mapped
      And the object "Alpha" has 2 open handles

  @statement:OPEN-REM-1 @interpretation
  Rule: Without an unmap call, a view lives until its instance detaches (D-14.C)

    @reading:D-14.C
    Scenario: Closing leaves the view mapped; detaching the instance releases it
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver A writes "still mapped" at offset 0 of its view of "Alpha"
      Then driver B reads "still mapped" at offset 0 of its view of "Alpha"
      When driver B detaches from the RTSS
      Then the call returns STATUS_SUCCESS
      And reading through driver B's view of "Alpha" finds nothing mapped
      And the object "Alpha" has 1 open handle

  @statement:OPEN-REM-1 @statement:OPEN-REM-4 @interpretation
  Rule: Without an unmap call, closing the handle releases the view (D-14.A)

    @reading:D-14.A
    Scenario: Close alone ends a caller's access, and the last close destroys the object
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      And reading through driver B's view of "Alpha" finds nothing mapped
      When driver A closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" no longer exists

  @statement:OPEN-REM-5 @interpretation
  Rule: Closing before unmapping

    @reading:D-15.A
    Scenario: The last close destroys the object and unmaps the view still mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver A unmaps its view of "Alpha"
      And driver A closes its handle to "Alpha"
      And driver B closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" no longer exists
      And reading through driver B's view of "Alpha" finds nothing mapped

    @reading:D-15.A
    Scenario: Another driver's last close destroys the object and unmaps the view still mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B closes its handle to "Alpha"
      And driver A unmaps its view of "Alpha"
      And driver A closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      And reading through driver B's view of "Alpha" finds nothing mapped
      When driver B unmaps its view of "Alpha"
      Then the call returns STATUS_INVALID_PARAMETER
      And the object "Alpha" no longer exists

    @reading:D-15.A
    Scenario: The last holder's termination destroys the object and unmaps another driver's view still mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver A closes its handle to "Alpha"
      And driver B is terminated
      Then reading through driver A's view of "Alpha" finds nothing mapped
      When driver A unmaps its view of "Alpha"
      Then the call returns STATUS_INVALID_PARAMETER
      And the object "Alpha" no longer exists

    @reading:D-15.B
    Scenario: A view keeps the object alive after its last handle is closed
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver A writes "kept by a view" at offset 0 of its view of "Alpha"
      When driver A unmaps its view of "Alpha"
      And driver A closes its handle to "Alpha"
      And driver B closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      And driver B reads "kept by a view" at offset 0 of its view of "Alpha"
      When driver B unmaps its view of "Alpha"
      Then the object "Alpha" no longer exists

    @reading:D-15.B
    Scenario: Of two views left after the last close, the object lives until the second is unmapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver B has opened "Alpha" with SHM_MAP_READ
      And driver A writes "kept by two views" at offset 0 of its view of "Alpha"
      When driver A unmaps its view of "Alpha"
      And driver A closes its handle to "Alpha"
      And driver B closes its handle to "Alpha"
      And driver B closes its handle to "Alpha"
      Then the call returns STATUS_SUCCESS
      When driver B unmaps its view of "Alpha"
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 0 open handles
      And driver B reads "kept by two views" at offset 0 of its view of "Alpha"
      When driver B unmaps its view of "Alpha"
      Then the object "Alpha" no longer exists

    @reading:D-15.C
    Scenario: Close fails while the view is mapped
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B closes its handle to "Alpha"
      Then the call returns STATUS_INVALID_PARAMETER
      And the object "Alpha" has 2 open handles

  @statement:CLOSE-2 @required
  Rule: Closing a handle twice fails with STATUS_UNSUCCESSFUL the second time

    Scenario: Double close
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B releases its view and handle of "Alpha"
      And driver B closes the same handle again
      Then the call returns STATUS_UNSUCCESSFUL
      And the object "Alpha" has 1 open handle

  @statement:CLOSE-4 @required
  Rule: Closing a handle the caller was not given fails, closes nothing and leaves the caller running

    Scenario: Driver C closes the handle driver B holds
      Given driver C is attached to the RTSS
      And driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver A writes "not closed by C" at offset 0 of its view of "Alpha"
      When driver C closes driver B's handle to "Alpha"
      Then the call fails
      And the object "Alpha" has 2 open handles
      And driver B reads "not closed by C" at offset 0 of its view of "Alpha"
      When driver C opens "Alpha" with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS

    Scenario: Driver B closes a handle value no call returned
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B closes a handle value no call returned
      Then the call fails
      And the object "Alpha" has 2 open handles
      When driver B opens "Alpha" with SHM_MAP_READ
      Then the call returns STATUS_SUCCESS

  @statement:OPEN-REM-6 @interpretation
  Rule: Unmapping an address that is not mapped is refused (D-14.B)

    @reading:D-14.B
    Scenario: Unmapping the same view twice
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B unmaps its view of "Alpha"
      And driver B unmaps its view of "Alpha" again
      Then the call returns STATUS_INVALID_PARAMETER

  @statement:OPEN-REM-3 @required
  Rule: Terminating a caller closes that caller's handles and nobody else's

    Scenario: Driver B terminates while A and C hold the object
      Given driver C is attached to the RTSS
      And driver B has opened "Alpha" with SHM_MAP_WRITE
      And driver C has opened "Alpha" with SHM_MAP_READ
      And driver B has opened "Alpha" with SHM_MAP_READ
      And driver A writes "survives B" at offset 0 of its view of "Alpha"
      When driver B is terminated
      Then the object "Alpha" has 2 open handles
      And driver C reads "survives B" at offset 0 of its view of "Alpha"

    Scenario: The last holder terminates and the object is destroyed
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver A releases its view and handle of "Alpha"
      And driver B is terminated
      Then the object "Alpha" no longer exists

  @statement:OPEN-REM-3 @interpretation
  Rule: Which ends of a driver's session also reclaim its handles (D-16)

    @reading:D-16.A
    Scenario: Detaching closes the handles opened through the instance
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B detaches from the RTSS
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 1 open handle

    @reading:D-16.B
    Scenario: Detaching leaves the handles open
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B detaches from the RTSS
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 2 open handles

  @statement:OPEN-REM-3 @statement:OPEN-REM-5 @interpretation
  Rule: A detach that closes the last handle destroys the object and every view still mapped (D-16.A, D-15.A)

    @reading:D-15.A @reading:D-16.A
    Scenario: The last holder's detach closes its handle, destroys the object and unmaps another driver's view
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver A closes its handle to "Alpha"
      And driver B detaches from the RTSS
      Then the call returns STATUS_SUCCESS
      And reading through driver A's view of "Alpha" finds nothing mapped
      When driver A unmaps its view of "Alpha"
      Then the call returns STATUS_INVALID_PARAMETER
      And the object "Alpha" no longer exists

  @statement:CLOSE-2 @statement:OPEN-HANDLE-1 @interpretation
  Rule: Whether a closed handle's value is handed out again (D-19)

    @reading:D-19.A
    Scenario: A closed handle's value is never reused: closing it again after a new open still fails
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B releases its view and handle of "Alpha"
      And driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS
      When driver B closes the same handle again
      Then the call returns STATUS_UNSUCCESSFUL
      And the object "Alpha" has 2 open handles

    @reading:D-19.B
    Scenario: The lowest free value is reused: the closed value now names the new handle
      Given driver B has opened "Alpha" with SHM_MAP_WRITE
      When driver B releases its view and handle of "Alpha"
      And driver B opens "Alpha" with SHM_MAP_WRITE
      Then the call returns STATUS_SUCCESS
      When driver B closes the same handle again
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 1 open handle

  @statement:CLOSE-3 @interpretation
  Rule: Closing the NULL handle fails with STATUS_INVALID_PARAMETER (D-19)

    Scenario Outline: RtkCloseHandle of NULL
      When driver B closes the NULL handle
      Then the call returns STATUS_INVALID_PARAMETER

      @reading:D-19.A
      Examples: handle values are never reused
        | case |
        | NULL |

      @reading:D-19.B
      Examples: the lowest free handle value is reused
        | case |
        | NULL |
