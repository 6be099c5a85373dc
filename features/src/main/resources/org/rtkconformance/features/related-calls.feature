Feature: Related calls: what the page relies on from RtkCreateSharedMemory, RtkCloseHandle and RtkRtssAttach
  Open is only as testable as the calls around it. These are the statements of the neighbouring pages
  that the kit relies on to set the scene.

  @statement:ATTACH-2 @required
  Rule: RtkRtssAttach writes a non-zero instance on success and 0 on failure

    Scenario: Attaching
      When driver A attaches to the RTSS
      Then the call returns STATUS_SUCCESS
      And driver A holds a non-zero RtssInst

    Scenario: Attaching while the RTSS is stopped fails and writes 0
      Given the backend is forced into a stopped RTSS
      When driver A attaches to the RTSS
      Then the call fails
      And driver A received a non-zero RtssInst if the attach succeeded and 0 if it failed

    Scenario: Attaching with MaxWFSO 0, below the documented minimum, writes an instance that matches the status
      When driver A attaches to the RTSS with MaxWFSO 0
      Then driver A received a non-zero RtssInst if the attach succeeded and 0 if it failed

  @statement:ATTACH-EX-1 @required
  Rule: The routine RtkRtssAttachEx registers is called with SHTDN_REASON_RTX_SYSTEM_SHUTDOWN when the subsystem stops

    Scenario: The subsystem stops while one driver is attached with a routine and another has detached
      Given driver B is attached to the RTSS with RtkRtssAttachEx
      And driver C is attached to the RTSS with RtkRtssAttachEx
      And driver C has detached from the RTSS
      When the backend is forced into a stopped RTSS
      Then driver B's shutdown routine has been called once, with SHTDN_REASON_RTX_SYSTEM_SHUTDOWN
      And driver C's shutdown routine has not been called

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

  @statement:CREATE-NAME-3B @required
  Rule: Every kind shares one namespace, in which a name names one object

    Scenario Outline: A <kind> cannot take the name of a shared memory object
      Given driver A is attached to the RTSS
      And driver A has created the shared memory object "Gamma" of 4096 bytes
      When driver A creates a <kind> named "Gamma"
      Then the call fails
      And the object "Gamma" is 4096 bytes long
      And the object "Gamma" has 1 open handle

      Examples:
        | kind      |
        | event     |
        | mutex     |
        | semaphore |

    Scenario: A mutex cannot take the name of an event
      Given driver A is attached to the RTSS
      And driver A has created an event named "Gamma"
      When driver A creates a mutex named "Gamma"
      Then the call fails
      And the object "Gamma" has 1 open handle

    Scenario Outline: Creating a <kind> under the name a <kind> holds reaches that <kind>
      Given driver A is attached to the RTSS
      And driver B is attached to the RTSS
      And driver A has created a <kind> named "Gamma"
      When driver B creates a <kind> named "Gamma"
      Then the call succeeds
      And the object "Gamma" has 2 open handles

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

    @required
    Scenario: A second create asking for a smaller size leaves the object, its size and its contents untouched
      When driver B creates the shared memory object "Alpha" of 1024 bytes
      Then the call succeeds
      And driver B reads "already here" at offset 0 of its view of "Alpha"
      When driver B writes "past the smaller size" at offset 2048 of its view of "Alpha"
      Then the write succeeds
      And driver A reads "past the smaller size" at offset 2048 of its view of "Alpha"
      And the object "Alpha" has 2 open handles

    @required
    Scenario: A second create asking for a larger size neither grows nor clears the object
      When driver B creates the shared memory object "Alpha" of 8192 bytes
      Then the call succeeds
      And driver B reads "already here" at offset 0 of its view of "Alpha"
      And driver A reads "already here" at offset 0 of its view of "Alpha"
      And the object "Alpha" is 4096 bytes long
      And reading at offset 4096 through driver B's view of "Alpha" finds nothing mapped

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

  @statement:CREATE-SIZE-2 @interpretation
  Rule: A size of 0 is refused with STATUS_INVALID_PARAMETER

    Scenario Outline: Create of 0 bytes
      Given driver A is attached to the RTSS
      When driver A creates the shared memory object "Alpha" of 0 bytes
      Then the call returns STATUS_INVALID_PARAMETER
      And no object named "Alpha" exists

      @reading:D-21.A
      Examples: the view is exactly the object
        | size |
        | 0    |

      @reading:D-21.B
      Examples: the view spans whole pages
        | size |
        | 0    |

  @statement:CREATE-LOC-1 @interpretation
  Rule: A NULL Location on Create is refused (D-11.A, D-11.D) or creates the object with nothing mapped (D-11.B)

    Scenario Outline: Create with a NULL Location is refused
      Given driver A is attached to the RTSS
      When driver A creates the shared memory object "Alpha" of 4096 bytes with a NULL location
      Then the call returns STATUS_INVALID_PARAMETER
      And no object named "Alpha" exists

      @reading:D-11.A
      Examples: out-parameters untouched on failure
        | location |
        | NULL     |

      @reading:D-11.D
      Examples: NULL written through the out-parameters on failure
        | location |
        | NULL     |

    @reading:D-11.B
    Scenario: Create with a NULL Location makes the object and maps nothing
      Given driver A is attached to the RTSS
      And driver B is attached to the RTSS
      When driver A creates the shared memory object "Alpha" of 4096 bytes with a NULL location
      Then the call returns STATUS_SUCCESS
      And the object "Alpha" has 1 open handle
      When driver B opens "Alpha" with SHM_MAP_READ
      Then driver B reads 16 zero bytes at offset 0 of its view of "Alpha"

  @statement:CREATE-MEM-1 @interpretation
  Rule: Create that cannot get the memory fails with STATUS_NO_MEMORY and creates nothing (D-17.A)

    @reading:D-17.A
    Scenario: Create under exhausted memory
      Given driver A is attached to the RTSS
      And the backend is forced into memory exhaustion
      When driver A creates the shared memory object "Beta" of 4096 bytes
      Then the call returns STATUS_NO_MEMORY
      And no object named "Beta" exists

    @reading:D-17.A
    Scenario: Create of the largest size MaximumSizeLow describes either succeeds or fails with STATUS_NO_MEMORY
      Given driver A is attached to the RTSS
      When driver A creates the shared memory object "Huge" of 4294967295 bytes
      Then the call succeeds or returns STATUS_NO_MEMORY
