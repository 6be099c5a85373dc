Feature: Related calls: what the page relies on from RtkCreateSharedMemory, RtkCloseHandle and RtkRtssAttach
  Open is only as testable as the calls around it. These are the statements of the neighbouring pages
  that the kit relies on to set the scene.

  @statement:ATTACH-2 @required
  Rule: RtkRtssAttach writes a non-zero instance on success

    Scenario: Attaching
      When driver A attaches to the RTSS
      Then the call returns STATUS_SUCCESS
      And driver A holds a non-zero RtssInst

  @statement:CREATE-RW-1 @required
  Rule: The handle Create returns has read and write access

    Scenario: The creator writes through its own view
      Given driver A is attached to the RTSS
      And driver A has created the shared memory object "Alpha" of 4096 bytes
      When driver A writes "creator writes" at offset 0 of its view of "Alpha"
      Then the write succeeds
      And driver A reads "creator writes" at offset 0 of its view of "Alpha"

  @statement:CREATE-HANDLE-1 @required
  Rule: A NULL SharedMemoryHandle makes Create fail with STATUS_INVALID_PARAMETER

    Scenario: Create with a NULL SharedMemoryHandle
      Given driver A is attached to the RTSS
      When driver A creates the shared memory object "Alpha" of 4096 bytes with a NULL SharedMemoryHandle
      Then the call returns STATUS_INVALID_PARAMETER
      And no object named "Alpha" exists

  @statement:CREATE-NAME-2 @required
  Rule: A NULL Name creates an unnamed object

    Scenario: Create without a name
      Given driver A is attached to the RTSS
      When driver A creates an unnamed shared memory object of 4096 bytes
      Then the call returns STATUS_SUCCESS
      And the call delivers a handle and a view

  @statement:CREATE-NAME-3 @required
  Rule: Create under a name held by another kind of object fails with STATUS_INVALID_HANDLE

    Scenario Outline: A name held by a <kind>
      Given driver A is attached to the RTSS
      And driver A has created a <kind> named "Gamma"
      When driver A creates the shared memory object "Gamma" of 4096 bytes
      Then the call returns STATUS_INVALID_HANDLE

      Examples:
        | kind      |
        | event     |
        | mutex     |
        | semaphore |

  @statement:CREATE-EXIST-1
  Rule: Create under the name of an existing shared memory object gives access to that object

    Background:
      Given driver A is attached to the RTSS
      And driver B is attached to the RTSS
      And driver A has created the shared memory object "Alpha" of 4096 bytes
      And driver A writes "already here" at offset 0 of its view of "Alpha"

    @required
    Scenario: The second creator shares the first one's memory
      When driver B creates the shared memory object "Alpha" of 4096 bytes
      Then the call succeeds
      And driver B reads "already here" at offset 0 of its view of "Alpha"
      And the object "Alpha" has 2 open handles

    @reading:D-24.B @interpretation
    Scenario: The second create reports STATUS_OBJECT_NAME_EXISTS
      When driver B creates the shared memory object "Alpha" of 4096 bytes
      Then the call returns STATUS_OBJECT_NAME_EXISTS

    @reading:D-24.A @interpretation
    Scenario: The second create reports STATUS_SUCCESS
      When driver B creates the shared memory object "Alpha" of 4096 bytes
      Then the call returns STATUS_SUCCESS

  @statement:CREATE-SIZE-1 @interpretation
  Rule: A non-zero MaximumSizeHigh is refused

    Scenario Outline: MaximumSizeHigh <high>
      Given driver A is attached to the RTSS
      When driver A creates the shared memory object "Alpha" of 4096 bytes with MaximumSizeHigh <high>
      Then the call returns STATUS_INVALID_PARAMETER
      And no object named "Alpha" exists

      @reading:D-21.A
      Examples: the view is exactly the object
        | high |
        | 1    |

      @reading:D-21.B
      Examples: the view spans whole pages
        | high |
        | 1    |

  @statement:CREATE-PROT-1 @interpretation
  Rule: Protect is ignored: a PAGE_READONLY object is written through its creator's view (D-3.A)

    @reading:D-3.A
    Scenario: The creator of a PAGE_READONLY object writes
      Given driver A is attached to the RTSS
      And driver A has created the shared memory object "Alpha" of 4096 bytes with PAGE_READONLY
      When driver A writes "ignored protect" at offset 0 of its view of "Alpha"
      Then the write succeeds
