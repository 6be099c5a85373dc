package org.rtkconformance.reports.bundle;

import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 key files as the JDK reads and writes them (no extra library): the private key as PKCS#8 and the
 * public key as X.509 SubjectPublicKeyInfo, both PEM, so OpenSSL reads them too. The signing key file holds
 * both blocks, the public key file only the public one.
 */
public final class SigningKeys {

    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private SigningKeys() {
    }

    /**
     * Writes a new key pair to {@code privateFile} (readable by its owner only) and {@code publicFile};
     * refuses to overwrite either.
     */
    public static void generate(Path privateFile, Path publicFile) {
        for (Path file : new Path[]{privateFile, publicFile}) {
            if (Files.exists(file)) {
                throw new ReportInputException(file, "already exists; a key is never overwritten (choose another name)");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no " + ALGORITHM + " (Java 15+ has)", e);
        }
        try {
            Path parent = privateFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try {
                Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(privateFile);
            }
            Files.writeString(privateFile, pem(PRIVATE_LABEL, pair.getPrivate().getEncoded())
                    + pem(PUBLIC_LABEL, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.createDirectories(publicFile.toAbsolutePath().getParent());
            Files.writeString(publicFile, pem(PUBLIC_LABEL, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new ReportInputException(Path.of(e.getFile()), "already exists; a key is never overwritten", e);
        } catch (IOException e) {
            throw new ReportInputException(privateFile, "cannot write the key: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a signing key file: its Ed25519 private key (PKCS#8 PEM) and the public key beside it (the JDK
     * cannot derive one from the other), as keygen writes them into one file.
     */
    public static KeyPair readSigning(Path file) {
        byte[] der = der(file, PRIVATE_LABEL, "private key");
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new ReportInputException(file, "is not an " + ALGORITHM + " private key (make one with: rtk-kit keygen)", e);
        }
        PublicKey publicKey = publicKey(der(file, PUBLIC_LABEL, "public key (keygen writes it beside the private key)"), file);
        KeyPair pair = new KeyPair(publicKey, key);
        BundleSignature probe = BundleSignature.sign(new byte[]{1}, key, publicKey);
        if (!probe.verifies(new byte[]{1}, publicKey)) {
            throw new ReportInputException(file, "its PUBLIC KEY is not the public half of its PRIVATE KEY");
        }
        return pair;
    }

    /** Reads an Ed25519 public key (X.509 SubjectPublicKeyInfo PEM). */
    public static PublicKey readPublic(Path file) {
        return publicKey(der(file, PUBLIC_LABEL, "public key"), file);
    }

    static PublicKey publicKey(byte[] der, Path where) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new ReportInputException(where, "is not an " + ALGORITHM + " public key (rtk-kit keygen writes one)", e);
        }
    }

    /** The SHA-256 of the key's encoding: a short name for a key, shown to people. */
    public static String fingerprint(PublicKey key) {
        return "SHA256:" + Sha256.of(key.getEncoded());
    }

    private static byte[] der(Path file, String label, String what) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ReportInputException(file, "the " + what + " file does not exist", e);
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot read the " + what + ": " + e.getMessage(), e);
        }
        Matcher pem = PEM.matcher(text);
        boolean found = false;
        while (!found && pem.find()) {
            found = pem.group(1).equals(label);
        }
        if (!found) {
            throw new ReportInputException(file, "is not a PEM '" + label + "' file (-----BEGIN " + label
                    + "-----); rtk-kit keygen writes one");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.group(2));
        } catch (IllegalArgumentException e) {
            throw new ReportInputException(file, "the PEM body is not base64", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
