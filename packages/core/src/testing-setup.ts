import fc from 'fast-check';

// Property tests draw from one seed per run so a CI run is reproducible; set FC_SEED to explore
// others (a failure prints the seed and the shrunk counterexample to replay).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });
