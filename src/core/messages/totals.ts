// Vietnamese user text for the totals feature. Identifiers English, text NFC.
export {};
