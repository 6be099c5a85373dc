/** Finding backend providers with {@link java.util.ServiceLoader} and choosing one by the {@code rtk.backend} property. */
package org.rtkconformance.adapter.api.discovery;
