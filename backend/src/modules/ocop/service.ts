import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { queryCatalogue, type CatalogueQuery, type CataloguePage } from "./catalogue-query"
import type { Day } from "./domain/dates"
import { OcopCertificate } from "./models/ocop-certificate"
import { OcopListing } from "./models/ocop-listing"
import { Producer } from "./models/producer"
import { ProducerInvite } from "./models/producer-invite"
import { ProducerMember } from "./models/producer-member"
import { programmeReport, type ProgrammeReport } from "./programme-report"
import { queryProducers, type ProducerListQuery } from "./producer-query"
import { deleteListings, upsertListings, type ListingValues } from "./listing-upsert"

// Keys match the model names (ocop_producer → OcopProducer) so the methods
// Query calls through links (listOcopProducers, …) exist.
class OcopModuleService extends MedusaService({
  OcopProducer: Producer,
  OcopCertificate,
  OcopListing,
  OcopProducerMember: ProducerMember,
  OcopProducerInvite: ProducerInvite,
}) {
  /** The catalogue page for the store: filters, sort, count and facets in a few indexed queries. */
  @InjectManager()
  async queryCatalogue(query: CatalogueQuery, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<CataloguePage> {
    return queryCatalogue(this.knex(sharedContext), query)
  }

  /** The programme figures as they stood on a day (the half-year report). */
  @InjectManager()
  async programmeReport(asOf: Day, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ProgrammeReport> {
    return programmeReport(this.knex(sharedContext), asOf)
  }

  /** Producer ids for a page of a diacritic-insensitive search, with the total count. */
  @InjectManager()
  async searchProducers(query: ProducerListQuery, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return queryProducers(this.knex(sharedContext), query)
  }

  /** Writes catalogue rows keyed by product (safe when refreshes race). */
  @InjectManager()
  async upsertListingRows(rows: ListingValues[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await upsertListings(this.knex(sharedContext), rows)
  }

  @InjectManager()
  async deleteListingRows(productIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await deleteListings(this.knex(sharedContext), productIds)
  }

  private knex(sharedContext: Context<EntityManager>) {
    const manager = sharedContext.manager
    if (!manager) throw new Error("ocop module: no database manager in context")
    return manager.getKnex()
  }
}

export default OcopModuleService
