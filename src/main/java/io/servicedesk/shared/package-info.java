/**
 * Building blocks every module may use: the persistent base type and small value types.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.servicedesk.shared;
