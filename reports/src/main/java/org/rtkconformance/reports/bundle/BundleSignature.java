package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@value BundleLayout#SIGNATURE} entry: an Ed25519 signature over {@value BundleLayout#MANIFEST}, which
 * holds the SHA-256 of every other entry, so the signer vouches for the raw results and all that follows.
 *
 * @param format    always {@value #FORMAT}
 * @param publicKey the signer's public key, base64 of its X.509 encoding (who signed; trust comes from --trust)
 * @param signature base64 of the signature over the manifest's bytes
 */
record BundleSignature(String format, String algorithm, String signs, String publicKey, String signature) {

    static final String FORMAT = "rtk-signature/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Signs {@code manifest} with {@code key}, whose public half is {@code publicKey}. */
    static BundleSignature sign(byte[] manifest, PrivateKey key, PublicKey publicKey) {
        try {
            Signature signer = Signature.getInstance(SigningKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(manifest);
            return new BundleSignature(FORMAT, SigningKeys.ALGORITHM, BundleLayout.MANIFEST,
                    Base64.getEncoder().encodeToString(publicKey.getEncoded()),
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + SigningKeys.ALGORITHM + ": " + e.getMessage(), e);
        }
    }

    byte[] bytes() {
        try {
            return (JSON.writeValueAsString(this) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + BundleLayout.SIGNATURE, e);
        }
    }

    /** Reads the entry; empty with the problem when it is not one. */
    static BundleSignature parse(byte[] entry) {
        try {
            BundleSignature read = JSON.readValue(entry, BundleSignature.class);
            if (!FORMAT.equals(read.format()) || !SigningKeys.ALGORITHM.equals(read.algorithm())
                    || !BundleLayout.MANIFEST.equals(read.signs()) || read.publicKey() == null || read.signature() == null) {
                throw new IllegalArgumentException("not an " + FORMAT + " " + SigningKeys.ALGORITHM + " signature of "
                        + BundleLayout.MANIFEST);
            }
            return read;
        } catch (IOException e) {
            throw new IllegalArgumentException("not readable JSON: " + e.getMessage(), e);
        }
    }

    /** The signer's key as recorded. */
    PublicKey signer() {
        try {
            return SigningKeys.publicKey(Base64.getDecoder().decode(publicKey), Path.of(BundleLayout.SIGNATURE));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("publicKey is not base64", e);
        }
    }

    /** Whether the signature over {@code manifest} verifies with {@code key}. */
    boolean verifies(byte[] manifest, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(SigningKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(manifest);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The problem with this signature for {@code manifest}, given the key the user trusts if any. */
    Optional<String> problem(byte[] manifest, Optional<PublicKey> trusted) {
        PublicKey signer = signer();
        if (trusted.isPresent() && !java.util.Arrays.equals(trusted.get().getEncoded(), signer.getEncoded())) {
            return Optional.of(BundleLayout.SIGNATURE + ": signed by key " + SigningKeys.fingerprint(signer)
                    + ", not by the trusted key " + SigningKeys.fingerprint(trusted.get()));
        }
        if (!verifies(manifest, signer)) {
            return Optional.of(BundleLayout.SIGNATURE + ": the signature does not match " + BundleLayout.MANIFEST
                    + " (the bundle was changed after it was signed)");
        }
        return Optional.empty();
    }
}
