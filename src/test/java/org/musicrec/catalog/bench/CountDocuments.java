package org.musicrec.catalog.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Prints the number of documents in each collection named: what a bench checks it stored. */
public final class CountDocuments {

    private CountDocuments() {
    }

    /** Usage: CountDocuments MONGO_URI DATABASE COLLECTION... */
    public static void main(String[] args) {
        try (MongoClient client = MongoClients.create(args[0])) {
            for (int i = 2; i < args.length; i++) {
                System.out.println(args[i] + " " + client.getDatabase(args[1]).getCollection(args[i]).countDocuments());
            }
        }
    }
}
