// Vietnamese user text for the report feature. Identifiers English, text NFC.
export {};
