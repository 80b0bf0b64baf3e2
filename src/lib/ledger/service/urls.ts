/** The service environment's public addresses (they never change once published). */

/** The service environment per quarter: /service/. */
export const serviceUrl = () => '/service/';
/** Every quarter on file: /data/service.csv. */
export const serviceDataUrl = () => '/data/service.csv';
