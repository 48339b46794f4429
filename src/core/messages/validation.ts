// Vietnamese user text for the validation feature. Identifiers English, text NFC.
export {};
